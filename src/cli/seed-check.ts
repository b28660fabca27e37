import { loadConfig } from "../config/config";
import { connectNeo4j } from "../local-neo4j/connection";
import { citationLocatorLines } from "../seed/citation-locators";
import { formatPolicyProblem } from "../seed/evidence-policy";
import { CHECK_COUNT, evidencePolicyProblems, runSeedChecks } from "../seed/seed-check";
import { defaultSeedDir, readSeedFolder } from "../seed/seed-folder";
import { formatProblem } from "../seed/seed-problem";
import { renderKindCounts, seedStats } from "../seed/seed-stats";
import { sourceRecordLines } from "../seed/source-record";
import { sourceYearLines } from "../seed/source-year";
import { folderOption } from "./cli-args";
import { runCli } from "./run-cli";

/**
 * npm run seed:check [-- --dir DIR]: the evidence policy on the seed folder (offline, before any
 * database), then the data checks and the same policy on the configured graph; exit 1 when any
 * finds something.
 */
runCli(async () => {
  const dir = folderOption(process.argv.slice(2), "dir") ?? defaultSeedDir();
  const { graph, problems } = readSeedFolder(dir);
  // Every source names an identifier and a reviewed date (issue 27); a warning until all do.
  const sourceRecord = problems.length === 0 ? sourceRecordLines(graph.sources) : { problems: [], warnings: [] };
  // ... and the year of the version cited; also a warning until every source has one.
  const sourceYear = problems.length === 0 ? sourceYearLines(graph.sources) : { problems: [], warnings: [] };
  // ... and every textbook a link cites has a chapter or page on that link (a warning until all do).
  const locators = problems.length === 0 ? citationLocatorLines(graph) : { problems: [], warnings: [] };
  const folderLines = [
    ...problems.map(formatProblem),
    ...(problems.length === 0 ? evidencePolicyProblems(graph).map(formatPolicyProblem) : []),
    ...sourceRecord.problems,
    ...sourceYear.problems,
    ...locators.problems,
  ];
  for (const line of folderLines) process.stdout.write(`seed folder: ${line}\n`);
  const warnings = [...sourceRecord.warnings, ...sourceYear.warnings, ...locators.warnings];
  for (const line of warnings) process.stdout.write(`seed folder: ${line}\n`);
  if (problems.length === 0) process.stdout.write(`${renderKindCounts(seedStats(graph))}\n`);
  process.stdout.write(
    folderLines.length === 0
      ? `Seed folder ${dir}: evidence policy passed.\n`
      : `Seed folder: ${folderLines.length} problem(s).\n`,
  );

  const config = loadConfig();
  const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
  let found: number;
  try {
    const findings = await runSeedChecks(connection.db);
    for (const f of findings) process.stdout.write(`${f.check}: ${f.subject}: ${f.detail}\n`);
    found = findings.length;
    process.stdout.write(
      found === 0 ? `Database: all ${CHECK_COUNT} checks passed.\n` : `Database: ${found} finding(s).\n`,
    );
  } finally {
    await connection.close();
  }
  if (found > 0 || folderLines.length > 0) process.exitCode = 1;
});
