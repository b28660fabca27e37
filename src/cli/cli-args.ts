import { isAbsolute, resolve } from "node:path";

/** The folder given as `--NAME DIR` (or `--NAME=DIR`), resolved against the working directory. */
export function folderOption(args: string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === flag) {
      const value = args[i + 1];
      if (!value || value.startsWith("--")) throw new CliUsageError(`${flag} needs a folder`);
      return isAbsolute(value) ? value : resolve(value);
    }
    if (arg.startsWith(`${flag}=`)) return resolve(arg.slice(flag.length + 1));
    throw new CliUsageError(`unknown argument ${JSON.stringify(arg)}; usage: ${flag} DIR`);
  }
  return undefined;
}

export class CliUsageError extends Error {
  override name = "CliUsageError";
}

/**
 * `--blind` (the first blind set) or `--blind=v2` (a later one, written after the first was used):
 * the set's version, "" for the first; null without the flag. Anything else is a usage error.
 */
export function blindFlag(args: string[], command: string): string | null {
  if (args.length === 0) return null;
  const match = args.length === 1 ? /^--blind(?:=(v\d+))?$/.exec(args[0]) : null;
  if (!match) {
    throw new CliUsageError(
      `unknown argument ${JSON.stringify(args.join(" "))}; usage: npm run ${command} [-- --blind[=v2]]`,
    );
  }
  return match[1] ?? "";
}

/** The fixture of a blind set's version: `search-blind.yaml`, `search-blind-v2.yaml`. */
export function blindSetPath(firstSetPath: string, version: string): string {
  return version ? firstSetPath.replace(/\.yaml$/, `-${version}.yaml`) : firstSetPath;
}
