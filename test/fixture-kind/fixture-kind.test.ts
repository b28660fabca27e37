import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../src/db";
import { defaultSeedDir, loadSeedFolder } from "../../src/seed";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * A kind added to the model alone (register.ts, loaded before anything reads the model) works end
 * to end: the seed loads it from its own file, the API answers it by id and through link fields on
 * both ends, and a curator creates, links and deletes one. No other file names it.
 */

const API_KEY = "fixture-kind-curator-key-0123456789";
const CURATOR = { authorization: `Bearer ${API_KEY}` };
const SPECIMEN_FIELDS = "__typename id kind roles name ailments { ailment { id } relation { type evidence } }";

/** The project's seed plus the fixture's file, a source covering it and one relationship of the new type. */
function fixtureSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), "fixture-kind-seed-"));
  cpSync(defaultSeedDir(), dir, { recursive: true });
  writeFileSync(
    join(dir, "specimens.yaml"),
    "- id: specimen-one\n  name: Specimen one\n  summary: The fixture's first specimen.\n",
  );
  appendFileSync(
    join(dir, "sources.yaml"),
    "- id: fixture-kind-source\n  title: Fixture source\n  type: website\n  publisher: Test suite\n  year: 2026\n" +
      "  url: https://example.org/fixture\n  accessed: 2026-12-07\n  reviewed: 2026-12-07\n" +
      "  covers: [muscle-spasm, specimen-one]\n",
  );
  appendFileSync(
    join(dir, "relationships.yaml"),
    "- from: muscle-spasm\n  type: HAS_SPECIMEN\n  to: specimen-one\n  note: A fixture link.\n  evidence: D\n" +
      "  sources: [fixture-kind-source]\n",
  );
  return dir;
}

describe("a kind declared only in the model: seed, query, link fields, curation", () => {
  let server: TestServer;
  let seedDir: string;
  beforeAll(async () => {
    server = await startTestServer({ CURATOR_API_KEYS: API_KEY });
    seedDir = fixtureSeed();
    // As `npm start` does: the schema first (the model's kinds get their constraint and index), then the seed.
    await applyMigrations(server.db);
    await loadSeedFolder({ db: server.db, dir: seedDir });
  });
  afterAll(async () => {
    await server.db.writeStatement("test.fixture-kind.clear", "MATCH (n:Specimen) DETACH DELETE n");
    const source = "MATCH (s:Source {id: 'fixture-kind-source'}) DELETE s";
    await server.db.writeStatement("test.fixture-kind.source", source);
    await server.close();
    rmSync(seedDir, { recursive: true, force: true });
  });

  it("is in the schema: its type, its enum values, its lookup field and its upsert mutation", async () => {
    // Introspection answers one root per operation (README: Security).
    const type = async (name: string, fields: string) =>
      (await graphql(server.url, `{ __type(name: "${name}") { ${fields} } }`)).data?.__type;
    const names = (list: { name: string }[]) => list.map((item) => item.name);
    expect(names((await type("EntityKind", "enumValues { name }")).enumValues)).toContain("SPECIMEN");
    expect(names((await type("RelationType", "enumValues { name }")).enumValues)).toContain("HAS_SPECIMEN");
    const specimen = await type("Specimen", "interfaces { name } fields { name }");
    expect(names(specimen.interfaces).sort()).toEqual(["Entity", "Node"]);
    expect(names(specimen.fields)).toEqual(expect.arrayContaining(["id", "name", "summary", "ailments"]));
    const ailment = await type("Ailment", "fields { name }");
    expect(names(ailment.fields)).toContain("specimens");
    const mutations = await type("Mutation", "fields { name }");
    expect(names(mutations.fields)).toContain("upsertSpecimen");
  });

  it("gets its id constraint, name index and link indexes from the model at start, with no migration of its own", async () => {
    const rows = await server.db.readStatement<{ type: string; properties: string[] }>(
      "test.fixture-kind.schema",
      "SHOW INDEXES YIELD labelsOrTypes, properties, type, owningConstraint WHERE labelsOrTypes = ['Specimen'] " +
        "RETURN CASE WHEN owningConstraint IS NULL THEN type ELSE 'CONSTRAINT' END AS type, properties",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { type: "CONSTRAINT", properties: ["id"] },
        { type: "RANGE", properties: ["name"] },
      ]),
    );
    // Its relationship type's two ordered link indexes too (src/db/link-keys.ts), which its link lists seek.
    const links = await server.db.readStatement<{ name: string; properties: string[] }>(
      "test.fixture-kind.link-indexes",
      "SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE labelsOrTypes = ['HAS_SPECIMEN'] " +
        "RETURN name, properties ORDER BY name",
    );
    expect(links).toEqual([
      { name: "link_in_HAS_SPECIMEN", properties: ["toId", "fromName", "fromId"] },
      { name: "link_out_HAS_SPECIMEN", properties: ["fromId", "toName", "toId"] },
    ]);
    const twin = await server.db
      .writeStatement(
        "test.fixture-kind.twin",
        "CREATE (:Entity:Specimen {id: 'specimen-one-twin'}), (:Specimen {id: 'x'})",
      )
      .then(() => "created");
    expect(twin).toBe("created");
    await expect(
      server.db.writeStatement("test.fixture-kind.duplicate", "CREATE (:Specimen {id: 'x'})"),
    ).rejects.toThrow();
  });

  it("loads from its seed file and answers by id, through `entity` and the link fields of both ends", async () => {
    const { data, errors } = await graphql(
      server.url,
      `{ specimen(id: "specimen-one") { ${SPECIMEN_FIELDS} }
         entity(id: "specimen-one") { __typename }
         ailment(id: "muscle-spasm") {
           specimens { specimen { id name ailments { ailment { id } } } relation { type } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.specimen).toEqual({
      __typename: "Specimen",
      id: "specimen-one",
      kind: "SPECIMEN",
      roles: ["SPECIMEN"],
      name: "Specimen one",
      ailments: [{ ailment: { id: "muscle-spasm" }, relation: { type: "HAS_SPECIMEN", evidence: "D" } }],
    });
    expect(data.entity).toEqual({ __typename: "Specimen" });
    // The nested list is read by the batched link loader (links/by-keys), the outer one with the entity.
    expect(data.ailment.specimens).toEqual([
      {
        specimen: { id: "specimen-one", name: "Specimen one", ailments: [{ ailment: { id: "muscle-spasm" } }] },
        relation: { type: "HAS_SPECIMEN" },
      },
    ]);
    // Another kind's id is not a specimen.
    const other = await graphql(
      server.url,
      `
        {
          specimen(id: "muscle-spasm") {
            id
          }
        }
      `,
    );
    expect(other.data).toEqual({ specimen: null });
  });

  it("is curated: a curator creates one, links it with the new type, and the ends' rule holds", async () => {
    const upsert = await graphql(
      server.url,
      `
        mutation {
          upsertSpecimen(input: { id: "specimen-two", name: "Specimen two", summary: "Made by the API." }) {
            __typename
            id
            kind
          }
        }
      `,
      {},
      CURATOR,
    );
    expect(upsert.errors).toBeUndefined();
    expect(upsert.data.upsertSpecimen).toEqual({ __typename: "Specimen", id: "specimen-two", kind: "SPECIMEN" });

    const link = (from: string, to: string) =>
      graphql(
        server.url,
        `
          mutation ($from: ID!, $to: ID!) {
            link(
              input: {
                from: $from
                type: HAS_SPECIMEN
                to: $to
                note: "Curated."
                evidence: D
                sources: ["fixture-kind-source"]
              }
            ) {
              type
              from
              to
            }
          }
        `,
        { from, to },
        CURATOR,
      );
    const linked = await link("low-back-pain", "specimen-two");
    expect(linked.errors).toBeUndefined();
    expect(linked.data.link).toEqual({ type: "HAS_SPECIMEN", from: "low-back-pain", to: "specimen-two" });
    // The model's allowed ends: ailment -> specimen only.
    const backwards = await link("specimen-two", "low-back-pain");
    expect(backwards.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(backwards.errors?.[0].message).toMatch(/HAS_SPECIMEN joins ailment -> specimen/);

    const read = await graphql(server.url, `{ specimen(id: "specimen-two") { ${SPECIMEN_FIELDS} } }`);
    expect(read.data.specimen.ailments).toEqual([
      { ailment: { id: "low-back-pain" }, relation: { type: "HAS_SPECIMEN", evidence: "D" } },
    ]);
  });

  it("refuses an upsert without credentials and with input the common rules refuse", async () => {
    const anonymous = await graphql(
      server.url,
      `
        mutation {
          upsertSpecimen(input: { id: "specimen-three", name: "Three", summary: "S." }) {
            id
          }
        }
      `,
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const bad = await graphql(
      server.url,
      `
        mutation {
          upsertSpecimen(input: { id: "Not A Slug", name: " ", summary: "S." }) {
            id
          }
        }
      `,
      {},
      CURATOR,
    );
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // Only an ailment plays a second role: a specimen may not also be an ailment (or anything else).
    const twoRoles = await graphql(
      server.url,
      `
        mutation {
          upsertSpecimen(input: { id: "specimen-four", name: "Four", summary: "S.", alsoActsAs: [AILMENT] }) {
            id
          }
        }
      `,
      {},
      CURATOR,
    );
    expect(twoRoles.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(twoRoles.errors?.[0].message).toMatch(
      /only an ailment may play a second role \(cause\); a specimen plays no other/,
    );
    const stored = await graphql(
      server.url,
      `
        {
          entity(id: "specimen-four") {
            id
          }
        }
      `,
    );
    expect(stored.data).toEqual({ entity: null });
  });
});
