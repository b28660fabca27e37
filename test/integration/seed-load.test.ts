import { join } from "node:path";
import type { Database } from "../../src/db";
import {
  readSeedFolder,
  loadSeedFolder,
  loadSeedIfEmpty,
  writeSeedGraph,
  formatProblem,
  SeedValidationError,
} from "../../src/seed";
import { graphCounts, graphFingerprint } from "../support/graph-fingerprint";
import { ensureSeedGraph } from "../support/seed-graph";
import { clearGraph, connectTestDatabase } from "../support/test-database";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

describe("the seed loader", () => {
  let db: Database;
  beforeAll(async () => (db = connectTestDatabase()));
  afterAll(async () => {
    await ensureSeedGraph(db);
    await db.close();
  });

  const node = async (id: string) =>
    (
      await db.readStatement<{ n: Record<string, any> }>(
        "test.node",
        "MATCH (n {id: $id}) RETURN n {.*, labels: labels(n)} AS n",
        { id },
      )
    )[0]?.n;

  it("writes nodes with kind labels, the primary kind, codes as system:code and no absent fields", async () => {
    await clearGraph(db);
    expect(await loadSeedFolder({ db, dir: fixture("seed-small") })).toEqual({
      sources: 1,
      entities: 5,
      relationships: 4,
    });
    expect(await node("test-hypertension")).toEqual({
      id: "test-hypertension",
      kind: "Ailment",
      labels: expect.arrayContaining(["Entity", "Ailment"]),
      name: "Test hypertension",
      nameKey: "test hypertension",
      synonyms: ["test high blood pressure"],
      summary: "Blood pressure above the healthy range.",
      category: "cardiovascular",
      codes: ["icd10:I10"],
    });
    const stress = await node("test-stress");
    expect(stress.kind).toBe("Ailment");
    expect([...stress.labels].sort()).toEqual(["Ailment", "Cause", "Entity"]);
    expect(stress).not.toHaveProperty("synonyms");
    expect(await node("test-uncontrolled-hypertension")).toMatchObject({
      kind: "Contraindication",
      severity: "ABSOLUTE",
      scope: "GENERAL",
      stage: "any",
    });
    expect(await node("test-book")).toEqual({
      id: "test-book",
      labels: ["Source"],
      title: "A test book: massage basics",
      type: "textbook",
      publisher: "Test Press",
      url: "https://example.org/test-book",
      year: 2016,
      edition: "1st",
      reviewed: "2026-12-01",
      covers: [
        "test-hypertension",
        "test-spasm",
        "test-stress",
        "test-relaxation-massage",
        "test-uncontrolled-hypertension",
      ],
    });
    const { types } = await graphCounts(db);
    expect(types).toEqual({ CAUSED_BY: 1, CONTRAINDICATED_BY: 1, PRESENTS_AS: 1, TREATED_BY: 1 });
  });

  it("is idempotent: loading the real seed twice gives the same counts and properties", async () => {
    await ensureSeedGraph(db); // the seed, loaded once (reloaded only when a test before this one changed it)
    const once = await graphFingerprint(db);
    const counts = await graphCounts(db);
    await loadSeedFolder({ db });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await graphFingerprint(db)).toEqual(once);
  });

  it("leaves curated data that the seed does not name alone, and restores seed fields", async () => {
    await ensureSeedGraph(db);
    await db.writeStatement(
      "test.curate",
      `MATCH (s:Entity {id: 'muscle-spasm'}) SET s.name = 'Edited', s.updatedBy = 'tester'
         CREATE (c:Entity:Cause {id: 'test-curated-cause', kind: 'Cause', name: 'Curated', summary: 'x'})
         CREATE (s)-[:CAUSED_BY {note: 'curated', evidence: 'D', sources: ['mybestremedies-massage'],
           fromId: s.id, fromName: s.name, toId: c.id, toName: c.name}]->(c)`,
    );
    await loadSeedFolder({ db });
    // The seed's name is copied back into the link keys of every relationship of the node, the
    // curated one too, so link lists find it in its place (src/db/link-keys.ts).
    expect(await db.readRows("checks/link-keys")).toEqual([]);
    expect(await node("muscle-spasm")).toMatchObject({ name: "Muscle spasm", updatedBy: "tester" });
    expect(await node("test-curated-cause")).toMatchObject({ name: "Curated" });
    const [{ n: curated }] = await db.readStatement(
      "test.curated",
      "MATCH (:Entity {id: 'muscle-spasm'})-[r:CAUSED_BY]->(:Entity {id: 'test-curated-cause'}) RETURN count(r) AS n",
    );
    expect(curated).toBe(1);
  });

  it("reports every problem of a broken folder with file, entry and field, and loads nothing", async () => {
    await ensureSeedGraph(db);
    const before = await graphFingerprint(db);
    const error = await loadSeedFolder({ db, dir: fixture("seed-broken") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const lines = (error as SeedValidationError).problems.map(formatProblem);
    expect(lines).toEqual([
      "causes.yaml #0 (test-book) id: duplicate id; already used in sources.yaml #0",
      'therapies.yaml #0 (test-relaxation-massage) synonyms: must be a list, got string "test massage"',
      'therapies.yaml #1 id: must be a slug (lowercase letters, digits and single hyphens), got "Test_Bad_Slug"',
      "contraindications.yaml #0 (test-uncontrolled-hypertension) summary: is required",
      'contraindications.yaml #0 (test-uncontrolled-hypertension) severity: must be one of ABSOLUTE, PRECAUTION, got "TOTAL"',
      expect.stringMatching(
        /^contraindications.yaml #0 \(test-uncontrolled-hypertension\) sumary: unknown field \(did you mean "summary"\?\)/,
      ),
      "relationships.yaml #0 (test-spasm -CAUSED_BY-> test-stress) sources: is required",
      'relationships.yaml #1 (test-spasm -TREATED_BY-> test-stress) evidence: must be one of A, B, C, D, got "E"',
      "relationships.yaml #1 (test-spasm -TREATED_BY-> test-stress) type: TREATED_BY joins ailment or cause -> therapy, not ailment -> ailment/cause",
      'relationships.yaml #2 (test-spasm -RELATED_TO-> test-nowhere) to: unknown id "test-nowhere"',
      'relationships.yaml #3 (test-relaxation-massage -CONTRAINDICATED_BY-> test-uncontrolled-hypertension) sources: unknown source id "test-missing-source"',
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("reports a YAML syntax error by file and line, and loads nothing", async () => {
    const before = await graphFingerprint(db);
    const error = await loadSeedFolder({ db, dir: fixture("seed-broken-syntax") }).catch((e: unknown) => e);
    expect((error as SeedValidationError).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^therapies.yaml: YAML syntax: .* at line \d+, column \d+$/),
      expect.stringMatching(/^relationships.yaml: 2 reference\(s\) to ids not found are not listed/),
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("writes in one transaction: a failure half way rolls everything back", async () => {
    await ensureSeedGraph(db); // not the small fixture another test may have loaded: its nodes are what must not appear
    const before = await graphFingerprint(db);
    const { graph } = readSeedFolder(fixture("seed-small"));
    // Bypass validation with a relationship to a node that does not exist: the loader's own guard fails late.
    const broken = {
      ...graph,
      relationships: [...graph.relationships, { ...graph.relationships[0], to: "test-not-there" }],
    };
    await expect(writeSeedGraph(db, broken)).rejects.toThrow(/merged/);
    expect(await graphFingerprint(db)).toEqual(before);
    expect(await node("test-hypertension")).toBeUndefined();
  });

  it("loadSeedIfEmpty fills an empty database and leaves a filled one alone", async () => {
    await clearGraph(db);
    const lines: string[] = [];
    const counts = await loadSeedIfEmpty(db, (line) => lines.push(line), fixture("seed-small"));
    expect(counts).toEqual({ sources: 1, entities: 5, relationships: 4 });
    expect(lines).toEqual([expect.stringMatching(/^Loaded the seed graph/)]);
    expect(await loadSeedIfEmpty(db, (line) => lines.push(line))).toBeNull();
    expect((await graphCounts(db)).labels.Entity).toBe(5);
  });
});
