import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { SEED_FILES, SeedFileText } from "./seed-format";
import { validateSeed, SeedValidation } from "./seed-validate";

export function defaultSeedDir(): string {
  return join(projectRoot(), "seed");
}

/** The seed files of a folder (missing ones as null) plus any other .yaml file, which the validator flags. */
export function readSeedFiles(dir = defaultSeedDir()): SeedFileText[] {
  if (!existsSync(dir)) throw new Error(`Seed folder ${dir} does not exist`);
  const others = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !SEED_FILES.includes(f));
  return [...SEED_FILES, ...others].map((file) => {
    const path = join(dir, file);
    return { file, text: existsSync(path) ? readFileSync(path, "utf8") : null };
  });
}

/** Reads and validates a seed folder; nothing is loaded. */
export function readSeedFolder(dir = defaultSeedDir()): SeedValidation {
  return validateSeed(readSeedFiles(dir));
}

export function writeSeedFiles(dir: string, files: SeedFileText[]): void {
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of files) if (text !== null) writeFileSync(join(dir, file), text);
}
