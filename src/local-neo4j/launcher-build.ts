import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "../util/project-root";

const launcherDir = () => join(projectRoot(), "neo4j-launcher");
const launcherJar = () => join(launcherDir(), "target", "neo4j-launcher-1.0.0.jar");
const libDir = () => join(launcherDir(), "target", "lib");

function newestSource(): number {
  const sources = [
    join(launcherDir(), "pom.xml"),
    join(launcherDir(), "src/main/java/dev/massagegraph/launcher/Launcher.java"),
  ];
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

function isBuilt(): boolean {
  return (
    existsSync(launcherJar()) &&
    existsSync(libDir()) &&
    readdirSync(libDir()).length > 0 &&
    statSync(launcherJar()).mtimeMs >= newestSource()
  );
}

// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Builds the Java launcher with Maven the first time (and after its sources change), then reuses it.
 * Maven runs quietly and without colour codes; a progress line every 15 s says it is still working
 * (the first build downloads Neo4j, one to three minutes).
 */
export async function ensureLauncherBuilt(
  log: (line: string) => void = (line) => process.stderr.write(line + "\n"),
): Promise<void> {
  if (isBuilt()) return;
  log("Building the local Neo4j launcher with Maven (first run only; fetches Neo4j 5.26 from Maven Central)...");
  const started = Date.now();
  const ticker = setInterval(
    () => log(`  still building the Neo4j launcher (${Math.round((Date.now() - started) / 1000)}s)...`),
    15_000,
  );
  try {
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn("mvn", ["-B", "-q", "-Dstyle.color=never", "package"], {
        cwd: launcherDir(),
        stdio: ["ignore", "pipe", "pipe"],
      });
      // Maven's console library writes colour resets even in batch mode: strip them from what it says.
      // Its lines go through `log`, so they take the format of the caller's other lines (LOG_FORMAT).
      for (const output of [child.stdout, child.stderr]) {
        createInterface({ input: output }).on("line", (line) => {
          const text = line.replace(ANSI_ESCAPES, "").trimEnd();
          if (text.trim()) log(`  maven: ${text}`);
        });
      }
      child.once("error", reject);
      // "close", not "exit": every line Maven wrote has been logged by then.
      child.once("close", (code) => resolve(code));
    });
    if (status !== 0) throw new Error(`Maven failed to build neo4j-launcher (exit ${status}); see its output above.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall)
      throw new Error(
        `Could not run Maven (${(error as Error).message}); install Maven and Java 17+, or set NEO4J_URI to an existing Neo4j.`,
        { cause: error },
      );
    throw error;
  } finally {
    clearInterval(ticker);
  }
  log(`Neo4j launcher built in ${Math.round((Date.now() - started) / 1000)}s.`);
}

/** The java command line that runs the launcher (JVM flags as Neo4j 5's own launcher passes them). */
export function javaCommand(heapMb: number): { command: string; args: string[] } {
  const javaHome = process.env.JAVA_HOME;
  const command = javaHome ? join(javaHome, "bin", "java") : "java";
  const classpath = [launcherJar(), join(libDir(), "*")].join(":");
  return {
    command,
    args: [
      `-Xms${Math.min(256, heapMb)}m`,
      `-Xmx${heapMb}m`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true",
      "-cp",
      classpath,
      "dev.massagegraph.launcher.Launcher",
    ],
  };
}
