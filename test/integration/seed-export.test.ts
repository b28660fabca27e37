import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../src/db/database";
import { readGraph } from "../../src/seed/seed-export";
import { defaultSeedDir, writeSeedFiles } from "../../src/seed/seed-folder";
import { SEED_FILES } from "../../src/seed/seed-format";
import { loadSeedFolder } from "../../src/seed/seed-load";
import { formatSeedFiles } from "../../src/seed/seed-yaml";
import { graphFingerprint } from "../support/graph-fingerprint";
import { clearGraph, connectTestDatabase, loadSeedGraph } from "../support/test-database";

describe("export", () => {
  let db: Database;
  let tmp: string;
  beforeAll(async () => {
    db = connectTestDatabase();
    tmp = mkdtempSync(join(tmpdir(), "seed-export-"));
  });
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await loadSeedGraph(db);
    await db.close();
  });

  const exportTo = async (dir: string) => writeSeedFiles(dir, formatSeedFiles(await readGraph(db)));
  const read = (dir: string) => Object.fromEntries(SEED_FILES.map((f) => [f, readFileSync(join(dir, f), "utf8")]));

  it("round-trips: load seed -> export A -> clear -> load A -> export B gives byte-identical files", async () => {
    await loadSeedGraph(db);
    const loaded = await graphFingerprint(db);
    await exportTo(join(tmp, "a"));
    await clearGraph(db);
    await loadSeedFolder({ db, dir: join(tmp, "a") });
    expect(await graphFingerprint(db)).toEqual(loaded);
    await exportTo(join(tmp, "b"));
    expect(read(join(tmp, "b"))).toEqual(read(join(tmp, "a")));
  });

  it("writes the seed files back unchanged (they are in canonical form)", async () => {
    await loadSeedGraph(db);
    await exportTo(join(tmp, "canonical"));
    expect(read(join(tmp, "canonical"))).toEqual(read(defaultSeedDir()));
  });
});
