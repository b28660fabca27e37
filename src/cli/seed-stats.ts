import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSeedDir, readSeedFolder } from "../seed/seed-folder";
import { SeedValidationError } from "../seed/seed-problem";
import { renderSeedStats, replaceStatsBlock, seedStats } from "../seed/seed-stats";
import { renderTextbookReliance, textbookReliance } from "../seed/textbook-reliance";
import { projectRoot } from "../util/project-root";
import { runCli } from "./run-cli";

/**
 * npm run seed:stats [-- --write]: the seed folder's counts as the README block; --write puts it in README.md.
 * Either way it then prints how many links rest on one textbook alone, by type and by book (the README
 * block gives the overall share).
 */
runCli(async () => {
  const args = process.argv.slice(2);
  const { graph, problems } = readSeedFolder(defaultSeedDir());
  if (problems.length > 0) throw new SeedValidationError(problems);
  const block = renderSeedStats(seedStats(graph));
  if (args.includes("--write")) {
    const readme = join(projectRoot(), "README.md");
    writeFileSync(readme, replaceStatsBlock(readFileSync(readme, "utf8"), block));
    process.stdout.write("README.md: seed stats updated.\n");
  } else {
    process.stdout.write(block + "\n");
  }
  process.stdout.write(renderTextbookReliance(textbookReliance(graph)) + "\n");
});
