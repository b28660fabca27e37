import { execFileSync } from "node:child_process";
import { projectRoot } from "../../src/util";

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd: projectRoot(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * What a report needs to be reproduced: the commit measured, whether the working tree differed
 * from it (files under bench/results/ do not count: the run writes there), and the command.
 */
export function runInfo(): { commit: string; dirty: boolean; command: string } {
  const status = git(["status", "--porcelain", "--", ".", ":(exclude)bench/results"]);
  const args = process.argv.slice(2);
  return {
    commit: git(["rev-parse", "HEAD"]) ?? "unknown (not a git checkout)",
    dirty: status === undefined ? true : status.length > 0,
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`,
  };
}
