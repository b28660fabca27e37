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

/** True for `--blind` (the blind evaluation set), false for no argument; anything else is a usage error. */
export function blindFlag(args: string[], command: string): boolean {
  if (args.length === 0) return false;
  if (args.length === 1 && args[0] === "--blind") return true;
  throw new CliUsageError(`unknown argument ${JSON.stringify(args.join(" "))}; usage: npm run ${command} [-- --blind]`);
}
