import { loadConfig } from "../config/config";
import { connectNeo4j } from "../local-neo4j/connection";
import { runSeedChecks, SEED_CHECKS } from "../seed/seed-check";
import { runCli } from "./run-cli";

/** npm run seed:check: data-quality checks on the configured graph; exit 1 when any finds something. */
runCli(async () => {
  const config = loadConfig();
  const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
  let found = 0;
  try {
    const findings = await runSeedChecks(connection.db);
    for (const f of findings) process.stdout.write(`${f.check}: ${f.subject}: ${f.detail}\n`);
    found = findings.length;
    process.stdout.write(found === 0 ? `All ${SEED_CHECKS.length} checks passed.\n` : `${found} finding(s).\n`);
  } finally {
    await connection.close();
  }
  if (found > 0) process.exitCode = 1;
});
