import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../src/db";
import {
  readGraph,
  defaultSeedDir,
  writeSeedFiles,
  OPTIONAL_FILES,
  SEED_FILES,
  loadSeedFolder,
  formatSeedFiles,
  readSeedFolder,
} from "../../src/seed";
import { projectRoot } from "../../src/util";
import { graphFingerprint } from "../support/graph-fingerprint";
import { ensureSeedGraph } from "../support/seed-graph";
import { clearGraph, connectTestDatabase } from "../support/test-database";

describe("export", () => {
  let db: Database;
  let tmp: string;
  beforeAll(async () => {
    db = connectTestDatabase();
    tmp = mkdtempSync(join(tmpdir(), "seed-export-"));
  });
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await ensureSeedGraph(db);
    await db.close();
  });

  const exportTo = async (dir: string) => writeSeedFiles(dir, formatSeedFiles(await readGraph(db)));
  /** Every seed file's text; an optional file a folder does not hold reads as an empty list, as export writes it. */
  const read = (dir: string) =>
    Object.fromEntries(
      SEED_FILES.map((f) => [
        f,
        existsSync(join(dir, f)) || !OPTIONAL_FILES.includes(f) ? readFileSync(join(dir, f), "utf8") : "[]\n",
      ]),
    );

  it("round-trips: load seed -> export A -> clear -> load A -> export B gives byte-identical files", async () => {
    await ensureSeedGraph(db); // reloads only when a test before this one changed the graph
    const loaded = await graphFingerprint(db);
    await exportTo(join(tmp, "a"));
    await clearGraph(db);
    await loadSeedFolder({ db, dir: join(tmp, "a") });
    expect(await graphFingerprint(db)).toEqual(loaded);
    await exportTo(join(tmp, "b"));
    expect(read(join(tmp, "b"))).toEqual(read(join(tmp, "a")));
  });

  it("writes the seed files back unchanged (they are in canonical form)", async () => {
    await ensureSeedGraph(db);
    await exportTo(join(tmp, "canonical"));
    expect(read(join(tmp, "canonical"))).toEqual(read(defaultSeedDir()));
  });

  it("exports a locator only for a source the link still cites (a curated link may have replaced them)", async () => {
    const v2 = join(projectRoot(), "test/fixtures/seed-v2");
    await clearGraph(db);
    await loadSeedFolder({ db, dir: v2 });
    const key = { from: "hypertension", type: "PRESENTS_AS", to: "controlled-hypertension" };
    const before = (await readGraph(db)).relationships.find((r) => r.to === key.to && r.from === key.from);
    expect(before?.locators).toEqual({ werner: "ch. 5, fixture entry: Hypertension" });
    await db.writeStatement(
      "test.relink",
      "MATCH (:Entity {id: $from})-[r:PRESENTS_AS]->(:Entity {id: $to}) SET r.sources = ['nhs-dvt']",
      key,
    );
    await exportTo(join(tmp, "relinked"));
    const relinked = readSeedFolder(join(tmp, "relinked"));
    expect(relinked.problems).toEqual([]);
    const after = relinked.graph.relationships.find((r) => r.to === key.to && r.from === key.from);
    expect(after).toMatchObject({ sources: ["nhs-dvt"] });
    expect(after?.locators).toBeUndefined();
  });

  it("round-trips every field of seed format v2 (sources, red flags, questions, adaptations, outcome, group)", async () => {
    const v2 = join(projectRoot(), "test/fixtures/seed-v2");
    await clearGraph(db);
    await loadSeedFolder({ db, dir: v2 });
    await exportTo(join(tmp, "v2"));
    expect(read(join(tmp, "v2"))).toEqual(read(v2));
  });
});
