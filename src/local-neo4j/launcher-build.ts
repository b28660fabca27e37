import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";

export const launcherDir = () => join(projectRoot(), "neo4j-launcher");
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

/** Builds the Java launcher with Maven the first time (and after its sources change), then reuses it. */
export function ensureLauncherBuilt(log: (line: string) => void = (line) => process.stderr.write(line + "\n")): void {
  if (isBuilt()) return;
  log("Building the local Neo4j launcher with Maven (first run only; fetches Neo4j 5.26 from Maven Central)...");
  const result = spawnSync("mvn", ["-B", "-q", "package"], {
    cwd: launcherDir(),
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.error) {
    throw new Error(
      `Could not run Maven (${result.error.message}); install Maven and Java 17+, or set NEO4J_URI to an existing Neo4j.`,
    );
  }
  if (result.status !== 0)
    throw new Error(`Maven failed to build neo4j-launcher (exit ${result.status}); see its output above.`);
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
