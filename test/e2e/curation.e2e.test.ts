import { SignJWT } from "jose";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { apiKeySubject } from "../../src/auth";
import { readGraph, readSeedFolder, writeSeedFiles, formatSeedFiles } from "../../src/seed";
import { ensureSeedGraph } from "../support/seed-graph";
import { graphql, startTestServer, TestServer } from "../support/test-server";

// Every id this file writes starts with "zz-cur-"; the seed graph is restored afterwards. Each test makes
// what it changes itself and reads only the fixtures made in beforeAll, so any order passes (--randomize).
const API_KEY = "curation-test-key-0123456789";
const JWT_SECRET = "curation-test-jwt-secret-0123456789abcdef";
const CURATOR = { authorization: `Bearer ${API_KEY}` };
const SOURCE = "zz-cur-source";
/** What every source needs besides its id, title and publisher (the evidence policy reads them). */
const TRACE = { type: "website", reviewed: "2026-12-01", covers: ["stress", "muscle-spasm"] };

let server: TestServer;

async function jwt(claims: Record<string, unknown>, { exp = "10m", secret = JWT_SECRET } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("alice")
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const unsignedJwt = (claims: Record<string, unknown>) =>
  [{ alg: "none", typ: "JWT" }, claims]
    .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
    .join(".") + ".";

/** Runs Cypher directly (test-only checks of what is stored). */
async function cypherRows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  return server.db.readStatement("test.curation", query, params);
}

const count = async (query: string, params: Record<string, unknown> = {}) =>
  Number((await cypherRows(query, params))[0].n);

const UPSERT_AILMENT = `mutation ($input: AilmentInput!) {
  upsertAilment(input: $input) { id kind roles name synonyms summary category codes updatedAt updatedBy }
}`;
const UPSERT_CAUSE = `mutation ($input: CauseInput!) { upsertCause(input: $input) { id kind roles name updatedBy } }`;
const UPSERT_THERAPY = `mutation ($input: TherapyInput!) { upsertTherapy(input: $input) { id kind name } }`;
const UPSERT_CONTRAINDICATION = `mutation ($input: ContraindicationInput!) {
  upsertContraindication(input: $input) { id kind name severity scope stage }
}`;
const UPSERT_SOURCE = `mutation ($input: SourceInput!) { upsertSource(input: $input) { id title url publisher year } }`;
const UPSERT_RED_FLAG = `mutation ($input: RedFlagInput!) { upsertRedFlag(input: $input) { id kind roles name urgency action } }`;
const LINK = `mutation ($input: LinkInput!) {
  link(input: $input) { id type from to note evidence stage sources { id title } }
}`;
const UNLINK = `mutation ($input: RelationKeyInput!) { unlink(input: $input) { id type from to note } }`;
const DELETE_ENTITY = `mutation ($id: ID!) { deleteEntity(id: $id) { id typename relationIds neighbours { id } } }`;
const DELETE_SOURCE = `mutation ($id: ID!) { deleteSource(id: $id) }`;

const READ_STAMP = `{ ailment(id: "zz-cur-new") { name updatedAt updatedBy } }`;

const ailment = (id: string, name = `Zz ${id}`) => ({ id, name, summary: `A test ailment ${id}.` });
const linkInput = (from: string, type: string, to: string, extra: Record<string, unknown> = {}) => ({
  from,
  type,
  to,
  note: "A test relationship.",
  evidence: "C",
  sources: [SOURCE],
  ...extra,
});

async function curate(query: string, variables: Record<string, unknown>, headers: Record<string, string> = CURATOR) {
  const response = await graphql(server.url, query, variables, headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/** Made once, before any test; tests link and read them but never change their fields. */
const FIXTURES = {
  ailment: "zz-cur-ache",
  therapy: "zz-cur-rub",
  /** An ailment that also acts as a cause. */
  twoRoles: "zz-cur-worry",
  contraindication: "zz-cur-bruise",
  source: "zz-cur-source-2",
};

beforeAll(async () => {
  // Writers queue for admission as long as they must: these tests prove what locks do, not shedding.
  server = await startTestServer({
    CURATOR_API_KEYS: `another-key-abcdefghijkl,${API_KEY}`,
    JWT_SECRET,
    MAX_QUEUE_WAIT_MS: "120000",
    LOG_LEVEL: "error",
  });
  // The seed guard (test/support/seed-guard.ts) has put the seed graph in place before this file.
  await curate(UPSERT_SOURCE, {
    input: {
      id: SOURCE,
      title: "Curation test source",
      publisher: "Tests",
      url: "https://example.org/x",
      year: 2024,
      ...TRACE,
    },
  });
  await curate(UPSERT_SOURCE, { input: { id: FIXTURES.source, title: "Zz source v2", publisher: "Zz", ...TRACE } });
  await curate(UPSERT_AILMENT, { input: ailment(FIXTURES.ailment) });
  await curate(UPSERT_THERAPY, { input: ailment(FIXTURES.therapy, "Zz rub") });
  await curate(UPSERT_AILMENT, { input: { ...ailment(FIXTURES.twoRoles, "Zz worry"), alsoActsAs: ["CAUSE"] } });
  const bruise = {
    ...ailment(FIXTURES.contraindication, "Zz bruise"),
    severity: "ABSOLUTE",
    scope: "LOCAL",
    stage: "ACUTE",
  };
  await curate(UPSERT_CONTRAINDICATION, { input: bruise });
});

afterAll(async () => {
  await ensureSeedGraph(server.db);
  await server.close();
});

describe("authentication and roles", () => {
  const attempt = (headers: Record<string, string>) =>
    graphql(server.url, UPSERT_AILMENT, { input: ailment("zz-cur-auth") }, headers);

  it.each([
    ["no credentials", async () => ({})],
    ["a wrong API key", async () => bearer("wrong-key-0123456789abcdef")],
    ["an expired JWT", async () => bearer(await jwt({ role: "curator" }, { exp: "-1m" }))],
    [
      "a JWT with a bad signature",
      async () => bearer(await jwt({ role: "curator" }, { secret: "some-other-secret-0123456789abcdefghij" })),
    ],
    [
      "an alg none JWT",
      async () => bearer(unsignedJwt({ sub: "eve", role: "curator", exp: Math.floor(Date.now() / 1000) + 600 })),
    ],
    ["a malformed Authorization header", async () => ({ authorization: `Token ${API_KEY}` })],
  ])("answers UNAUTHENTICATED to %s and writes nothing", async (_name, headers) => {
    const response = await attempt(await headers());
    expect(codeOf(response)).toBe("UNAUTHENTICATED");
    expect(response.data).toBeNull();
    expect(await count("MATCH (n:Entity {id: 'zz-cur-auth'}) RETURN count(n) AS n")).toBe(0);
  });

  it("answers FORBIDDEN to a valid JWT without the curator role", async () => {
    const response = await attempt(bearer(await jwt({ roles: ["reader"] })));
    expect(codeOf(response)).toBe("FORBIDDEN");
    expect(await count("MATCH (n:Entity {id: 'zz-cur-auth'}) RETURN count(n) AS n")).toBe(0);
  });

  it("checks credentials before input, so an anonymous caller learns nothing about validation", async () => {
    const response = await graphql(server.url, UPSERT_AILMENT, { input: { ...ailment("zz-cur-auth"), name: "" } });
    expect(codeOf(response)).toBe("UNAUTHENTICATED");
  });

  it("accepts a curator JWT (role or roles claim) and records its subject", async () => {
    // Not zz-cur-auth: the refusals above check that that id is never written, whatever ran before them.
    const data = await curate(
      UPSERT_AILMENT,
      { input: ailment("zz-cur-auth-ok") },
      bearer(await jwt({ role: "curator" })),
    );
    expect(data.upsertAilment.updatedBy).toBe("jwt:alice");
    const again = await curate(
      UPSERT_AILMENT,
      { input: ailment("zz-cur-auth-ok") },
      bearer(await jwt({ roles: ["reader", "curator"] })),
    );
    expect(again.upsertAilment.id).toBe("zz-cur-auth-ok");
  });

  it("keeps reads public, even when a bad credential is sent along", async () => {
    for (const headers of [{}, bearer("wrong-key-0123456789abcdef")]) {
      const response = await graphql(
        server.url,
        `
          {
            entity(id: "muscle-spasm") {
              id
            }
          }
        `,
        {},
        headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.entity.id).toBe("muscle-spasm");
    }
  });

  it("refuses every write when neither CURATOR_API_KEYS nor JWT_SECRET is configured", async () => {
    const closed = await startTestServer({ CURATOR_API_KEYS: "", JWT_SECRET: "" });
    try {
      const response = await graphql(closed.url, UPSERT_AILMENT, { input: ailment("zz-cur-closed") }, CURATOR);
      expect(codeOf(response)).toBe("UNAUTHENTICATED");
      expect(response.errors?.[0].message).toMatch(/neither CURATOR_API_KEYS nor JWT_SECRET/);
    } finally {
      await closed.close();
    }
  });
});

describe("upserts", () => {
  it("creates an ailment, stamping who and when, and normalising synonyms", async () => {
    const before = Date.now();
    const input = {
      ...ailment("zz-cur-new"),
      synonyms: [" Zz Throb ", "zz throb", "zz pang"],
      category: "test",
      codes: ["icd10:Z99.9"],
    };
    const { upsertAilment } = await curate(UPSERT_AILMENT, { input });
    expect(upsertAilment).toMatchObject({
      id: "zz-cur-new",
      kind: "AILMENT",
      roles: ["AILMENT"],
      name: "Zz zz-cur-new",
      synonyms: ["zz throb", "zz pang"],
      category: "test",
      codes: ["icd10:Z99.9"],
      updatedBy: apiKeySubject(API_KEY),
    });
    expect(upsertAilment.updatedBy).toMatch(/^api-key:[0-9a-f]{6}$/);
    expect(Date.parse(upsertAilment.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    const read = await graphql(server.url, READ_STAMP, {}, CURATOR);
    expect(read.data.ailment).toEqual({
      name: "Zz zz-cur-new",
      updatedAt: upsertAilment.updatedAt,
      updatedBy: upsertAilment.updatedBy,
    });
  });

  it("shows updatedBy to curators only: null to anonymous readers and to a token without the role", async () => {
    await curate(UPSERT_AILMENT, { input: ailment("zz-cur-stamp") }, bearer(await jwt({ role: "curator" })));
    const query = READ_STAMP.replace("zz-cur-new", "zz-cur-stamp");
    const asCurator = await graphql(server.url, query, {}, CURATOR);
    expect(asCurator.data.ailment).toMatchObject({ updatedBy: "jwt:alice", updatedAt: expect.any(String) });
    for (const headers of [{}, bearer(await jwt({ role: "reader" })), bearer("wrong-key-0123456789abcdef")]) {
      const read = await graphql(server.url, query, {}, headers);
      expect(read.errors).toBeUndefined();
      expect(read.data.ailment).toEqual({ ...asCurator.data.ailment, updatedBy: null });
    }
    // Nor can a shared cache hand a curator's answer to others: a GET with credentials is not stored.
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { ...CURATOR, accept: "application/json" },
    });
    expect(get.headers.get("cache-control")).toBe("no-store");
    expect(get.headers.get("etag")).toBeNull();
    expect((await get.json()).data.ailment.updatedBy).toBe("jwt:alice");
  });

  it("updates an existing id of the same kind in place, clearing fields left out", async () => {
    const full = { ...ailment("zz-cur-upd"), synonyms: ["zz upd"], category: "test", codes: ["icd10:Z99.8"] };
    expect((await curate(UPSERT_AILMENT, { input: full })).upsertAilment).toMatchObject({
      synonyms: ["zz upd"],
      category: "test",
    });
    const { upsertAilment } = await curate(UPSERT_AILMENT, { input: { ...ailment("zz-cur-upd", "Zz renamed ache") } });
    expect(upsertAilment).toMatchObject({ name: "Zz renamed ache", synonyms: [], category: null, codes: [] });
    expect(await count("MATCH (n {id: 'zz-cur-upd'}) RETURN count(n) AS n")).toBe(1);
  });

  it("refuses an id that belongs to another kind, or to a source, with CONFLICT", async () => {
    const asCause = await graphql(server.url, UPSERT_CAUSE, { input: ailment("zz-cur-ache") }, CURATOR);
    expect(codeOf(asCause)).toBe("CONFLICT");
    expect(asCause.errors?.[0].message).toMatch(/"zz-cur-ache" is already an ailment/);
    const seeded = await graphql(
      server.url,
      UPSERT_THERAPY,
      { input: { id: "muscle-spasm", name: "Zz therapy", summary: "x" } },
      CURATOR,
    );
    expect(codeOf(seeded)).toBe("CONFLICT");
    const source = await graphql(server.url, UPSERT_AILMENT, { input: ailment(SOURCE) }, CURATOR);
    expect(codeOf(source)).toBe("CONFLICT");
    const sourceOverEntity = await graphql(
      server.url,
      UPSERT_SOURCE,
      { input: { id: "zz-cur-ache", title: "t", publisher: "p", ...TRACE } },
      CURATOR,
    );
    expect(codeOf(sourceOverEntity)).toBe("CONFLICT");
    expect(await cypherRows("MATCH (n {id: 'zz-cur-ache'}) RETURN labels(n) AS labels")).toEqual([
      { labels: expect.arrayContaining(["Entity", "Ailment"]) },
    ]);
  });

  it("refuses a name another entity already has (ignoring case)", async () => {
    const response = await graphql(
      server.url,
      UPSERT_AILMENT,
      { input: ailment("zz-cur-dup", "MUSCLE SPASM") },
      CURATOR,
    );
    expect(codeOf(response)).toBe("CONFLICT");
    expect(response.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.name", messages: [expect.stringContaining("already used")] }],
      usedBy: "muscle-spasm",
    });
  });

  // Each draws like the seed's "Stress" to a reader; each must be refused, and none stored.
  it.each([
    ["full-width", "Ｓｔｒｅｓｓ"],
    ["zero-width space", "Str\u200Bess"],
    ["Cyrillic capital dze", "\u0405tress"],
    ["combining marks", "Stre\u0301ss\u0336"],
    ["st ligature", "\uFB06ress"],
    ["bidi override", "\u202EStress\u202C"],
  ])("refuses a look-alike of a taken name (%s) with CONFLICT", async (_, name) => {
    const response = await graphql(server.url, UPSERT_AILMENT, { input: ailment("zz-cur-look-alike", name) }, CURATOR);
    expect(codeOf(response)).toBe("CONFLICT");
    expect(response.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.name", messages: [expect.stringContaining("already used")] }],
      usedBy: "stress",
    });
    expect(await count("MATCH (n:Entity {id: 'zz-cur-look-alike'}) RETURN count(n) AS n")).toBe(0);
  });

  it("creates and updates causes, therapies, contraindications and sources", async () => {
    expect((await curate(UPSERT_CAUSE, { input: ailment("zz-cur-nag", "Zz nag") })).upsertCause).toMatchObject({
      kind: "CAUSE",
      roles: ["CAUSE"],
    });
    // An ailment that also causes others is upserted as an ailment; a cause cannot become an ailment.
    expect(
      (await curate(UPSERT_AILMENT, { input: { ...ailment("zz-cur-worry-2", "Zz worry 2"), alsoActsAs: ["CAUSE"] } }))
        .upsertAilment,
    ).toMatchObject({
      kind: "AILMENT",
      roles: ["AILMENT", "CAUSE"],
    });
    const asCause = await graphql(
      server.url,
      UPSERT_CAUSE,
      { input: { ...ailment("zz-cur-fret", "Zz fret"), alsoActsAs: ["AILMENT"] } },
      CURATOR,
    );
    expect(codeOf(asCause)).toBe("BAD_USER_INPUT");
    expect(asCause.errors?.[0].extensions?.fields).toEqual([
      {
        field: "input.alsoActsAs",
        messages: [expect.stringMatching(/a cause that is also an ailment is an ailment first/)],
      },
    ]);
    for (const [mutation, kind] of [
      [UPSERT_THERAPY, "CAUSE"],
      [UPSERT_AILMENT, "THERAPY"],
    ] as const) {
      const refused = await graphql(
        server.url,
        mutation,
        { input: { ...ailment("zz-cur-fret", "Zz fret"), alsoActsAs: [kind] } },
        CURATOR,
      );
      expect(refused.errors?.[0].extensions?.fields).toEqual([
        { field: "input.alsoActsAs", messages: [expect.any(String)] },
      ]);
    }
    expect(await count("MATCH (n {id: 'zz-cur-fret'}) RETURN count(n) AS n")).toBe(0);
    expect((await curate(UPSERT_THERAPY, { input: ailment("zz-cur-rub-2", "Zz rub 2") })).upsertTherapy.kind).toBe(
      "THERAPY",
    );
    const contraindication = {
      ...ailment("zz-cur-bruise-2", "Zz bruise 2"),
      severity: "ABSOLUTE",
      scope: "LOCAL",
      stage: "ACUTE",
    };
    expect((await curate(UPSERT_CONTRAINDICATION, { input: contraindication })).upsertContraindication).toEqual({
      id: "zz-cur-bruise-2",
      kind: "CONTRAINDICATION",
      name: "Zz bruise 2",
      severity: "ABSOLUTE",
      scope: "LOCAL",
      stage: "ACUTE",
    });
    expect(await cypherRows("MATCH (n {id: 'zz-cur-bruise-2'}) RETURN n.stage AS stage, n.kind AS kind")).toEqual([
      { stage: "acute", kind: "Contraindication" },
    ]);
    const source = {
      id: "zz-cur-source-4",
      title: "Zz source",
      publisher: "Zz",
      url: "http://example.org/a",
      year: 2020,
    };
    expect((await curate(UPSERT_SOURCE, { input: { ...source, ...TRACE } })).upsertSource).toEqual(source);
    expect(
      (await curate(UPSERT_SOURCE, { input: { ...source, ...TRACE, title: "Zz source v2", url: null } })).upsertSource,
    ).toMatchObject({ title: "Zz source v2", url: null });
  });

  it("refuses to drop a role the node's relationships still need", async () => {
    await curate(UPSERT_AILMENT, { input: { ...ailment("zz-cur-role", "Zz role"), alsoActsAs: ["CAUSE"] } });
    await curate(LINK, { input: linkInput("zz-cur-ache", "CAUSED_BY", "zz-cur-role") });
    const response = await graphql(server.url, UPSERT_AILMENT, { input: ailment("zz-cur-role", "Zz role") }, CURATOR);
    expect(codeOf(response)).toBe("CONFLICT");
    expect(response.errors?.[0].message).toMatch(/zz-cur-ache -CAUSED_BY-> zz-cur-role/);
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: "input.alsoActsAs", messages: [expect.any(String)] },
    ]);
    expect(await count("MATCH (n:Cause {id: 'zz-cur-role'}) RETURN count(n) AS n")).toBe(1);
  });
});

describe("validation names the field", () => {
  const long = (n: number) => "x".repeat(n);
  it.each([
    ["input.id", UPSERT_AILMENT, { input: { ...ailment("x"), id: "Not A Slug" } }],
    ["input.id", UPSERT_AILMENT, { input: { ...ailment("x"), id: "a".repeat(101) } }],
    ["input.name", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), name: "" } }],
    ["input.name", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), name: "   " } }],
    ["input.name", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), name: "\u200B\u2060\uFEFF" } }],
    ["input.name", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), name: "\u202E \u202C" } }],
    ["input.summary", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), summary: " \t " } }],
    ["input.title", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "  ", publisher: "p" } }],
    ["input.note", LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { note: "  " }) }],
    ["input.name", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), name: long(201) } }],
    ["input.summary", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), summary: long(2001) } }],
    [
      "input.synonyms",
      UPSERT_AILMENT,
      { input: { ...ailment("zz-cur-v"), synonyms: Array.from({ length: 31 }, (_, i) => `s${i}`) } },
    ],
    ["input.synonyms", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), synonyms: [long(101)] } }],
    ["input.category", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), category: "" } }],
    ["input.codes", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), codes: ["I10"] } }],
    ["input.codes", UPSERT_AILMENT, { input: { ...ailment("zz-cur-v"), codes: ["icd10:I10", "icd10:I11"] } }],
    ["input.url", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", url: "ftp://example.org/x" } }],
    ["input.url", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", url: "not a url" } }],
    ["input.title", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "", publisher: "p" } }],
    ["input.year", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", year: 99999 } }],
    ["$input.type", LINK, { input: linkInput("zz-cur-ache", "CURES", "zz-cur-rub") }],
    ["input.note", LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { note: long(501) }) }],
    ["$input.evidence", LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { evidence: "E" }) }],
    ["input.sources", LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { sources: [] }) }],
    [
      "input.sources",
      LINK,
      {
        input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", {
          sources: Array.from({ length: 21 }, (_, i) => `s${i}`),
        }),
      },
    ],
    ["input.from", LINK, { input: linkInput("Bad Slug", "TREATED_BY", "zz-cur-rub") }],
    ["input.type", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", type: "blog" } }],
    [
      "input.doi",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", doi: "https://doi.org/10.1/x" } },
    ],
    ["input.pmid", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", pmid: "PMC123" } }],
    [
      "input.reviewed",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", reviewed: "2026-13-40" } },
    ],
    ["input.covers", UPSERT_SOURCE, { input: { id: "zz-cur-s", title: "t", publisher: "p", covers: ["Not A Slug"] } }],
    // "*" (covers everything) would switch off seed:check's both-ends rule: no source says it (issue 27).
    [
      "input.covers",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", type: "trial", reviewed: "2026-12-01", covers: ["*"] } },
    ],
    [
      "input.type",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", reviewed: "2026-12-01", covers: ["stress"] } },
    ],
    [
      "input.reviewed",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", type: "trial", covers: ["stress"] } },
    ],
    [
      "input.covers",
      UPSERT_SOURCE,
      { input: { id: "zz-cur-s", title: "t", publisher: "p", type: "trial", reviewed: "2026-12-01", covers: [] } },
    ],
    [
      "input.edition",
      UPSERT_SOURCE,
      {
        input: {
          id: "zz-cur-s",
          title: "t",
          publisher: "p",
          type: "textbook",
          reviewed: "2026-12-01",
          covers: ["stress"],
        },
      },
    ],
    [
      "input.adaptation",
      UPSERT_CONTRAINDICATION,
      { input: { ...ailment("zz-cur-ci-v"), severity: "PRECAUTION", scope: "GENERAL" } },
    ],
    ["input.action", UPSERT_RED_FLAG, { input: { ...ailment("zz-cur-flag-v"), urgency: "SOON", action: "" } }],
    [
      "input.adaptation.maxMinutes",
      UPSERT_CONTRAINDICATION,
      {
        input: { ...ailment("zz-cur-ci-v"), severity: "PRECAUTION", scope: "GENERAL", adaptation: { maxMinutes: 0 } },
      },
    ],
    ["input.outcome", LINK, { input: linkInput("zz-cur-ache", "CAUSED_BY", "stress", { outcome: "NO_BENEFIT" }) }],
    ["input.group", LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { group: "control" }) }],
    ["input.group", LINK, { input: linkInput("zz-cur-ache", "PRESENTS_AS", "fever", { group: "Not A Slug" }) }],
  ])("BAD_USER_INPUT naming %s", async (field, query, variables) => {
    const response = await graphql(server.url, query, variables, CURATOR);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    const fields = (response.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toContain(field);
    expect(response.errors?.[0].message).toContain(field.split(".").pop());
  });

  it("refuses a bad id given to deleteEntity", async () => {
    const response = await graphql(server.url, DELETE_ENTITY, { id: "../etc" }, CURATOR);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
  });
});

describe("link and unlink", () => {
  it("links allowed kinds, storing note, evidence, stage, sources and the stamp on the relationship", async () => {
    const { link } = await curate(LINK, {
      input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", {
        stage: "CHRONIC",
        sources: [SOURCE, "zz-cur-source-2"],
      }),
    });
    expect(link).toEqual({
      id: "zz-cur-ache:TREATED_BY:zz-cur-rub",
      type: "TREATED_BY",
      from: "zz-cur-ache",
      to: "zz-cur-rub",
      note: "A test relationship.",
      evidence: "C",
      stage: "CHRONIC",
      sources: [
        { id: SOURCE, title: "Curation test source" },
        { id: "zz-cur-source-2", title: "Zz source v2" },
      ],
    });
    const [stored] = await cypherRows(
      "MATCH (:Entity {id: 'zz-cur-ache'})-[r:TREATED_BY]->(:Entity {id: 'zz-cur-rub'}) RETURN properties(r) AS r",
    );
    expect(stored.r).toMatchObject({
      stage: "chronic",
      sources: [SOURCE, "zz-cur-source-2"],
      updatedBy: apiKeySubject(API_KEY),
    });
    expect(Date.parse(stored.r.updatedAt)).not.toBeNaN();
  });

  it("updates instead of duplicating when the same triple is linked again", async () => {
    const { link } = await curate(LINK, {
      input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub", { note: "Second wording.", evidence: "B" }),
    });
    expect(link).toMatchObject({ note: "Second wording.", evidence: "B", stage: null });
    expect(
      await count(
        "MATCH (:Entity {id: 'zz-cur-ache'})-[r:TREATED_BY]->(:Entity {id: 'zz-cur-rub'}) RETURN count(r) AS n",
      ),
    ).toBe(1);
  });

  it("lets a node that plays several kinds stand wherever any of them may", async () => {
    // zz-cur-worry is an ailment that also acts as a cause: CAUSED_BY needs an ailment at the start, as here.
    await curate(LINK, { input: linkInput("zz-cur-worry", "CAUSED_BY", "stress") });
  });

  it.each([
    ["therapy -CAUSED_BY-> ailment", linkInput("zz-cur-rub", "CAUSED_BY", "zz-cur-ache")],
    ["ailment -CONTRAINDICATED_BY-> contraindication", linkInput("zz-cur-ache", "CONTRAINDICATED_BY", "zz-cur-bruise")],
    ["a node to itself", linkInput("zz-cur-ache", "RELATED_TO", "zz-cur-ache")],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_name, input) => {
    const response = await graphql(server.url, LINK, { input }, CURATOR);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(
      await count(
        "MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS n",
        input,
      ),
    ).toBe(0);
  });

  it("names the allowed kinds when refusing a triple", async () => {
    const response = await graphql(
      server.url,
      LINK,
      { input: linkInput("zz-cur-rub", "CAUSED_BY", "zz-cur-ache") },
      CURATOR,
    );
    expect(response.errors?.[0].message).toMatch(/CAUSED_BY joins ailment -> cause/);
  });

  it("requires every cited source to exist", async () => {
    const response = await graphql(
      server.url,
      LINK,
      { input: linkInput("zz-cur-ache", "PREVENTED_BY", "zz-cur-rub", { sources: [SOURCE, "zz-cur-no-such-source"] }) },
      CURATOR,
    );
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.sources", messages: [expect.any(String)] }],
      missing: ["zz-cur-no-such-source"],
    });
    expect(await count("MATCH (:Entity {id: 'zz-cur-ache'})-[r:PREVENTED_BY]->() RETURN count(r) AS n")).toBe(0);
  });

  // Issue 27: a claim a reader can check. A cited textbook names its chapter or page; linking again
  // replaces the locators with the input's, and a practice-only link that gets a source is no longer one.
  it("holds a cited textbook to a chapter or page, and replaces locators and the practice-only label", async () => {
    const book = "zz-cur-locator-book";
    const [ache, rub] = ["zz-cur-loc-ache", "zz-cur-loc-rub"];
    const covers = [ache, rub];
    await curate(UPSERT_AILMENT, { input: ailment(ache) });
    await curate(UPSERT_THERAPY, { input: ailment(rub, "Zz loc rub") });
    const bookInput = { id: book, title: "A book", publisher: "Press", type: "textbook", edition: "2nd" };
    await curate(UPSERT_SOURCE, { input: { ...bookInput, reviewed: "2026-12-01", covers } });
    const read = `mutation ($input: LinkInput!) {
      link(input: $input) { practiceOnly sources { id } locators { sourceId locator } }
    }`;
    const unlocated = await graphql(
      server.url,
      read,
      {
        input: linkInput(ache, "TREATED_BY", rub, {
          sources: [SOURCE, book],
        }),
      },
      CURATOR,
    );
    expect(codeOf(unlocated)).toBe("BAD_USER_INPUT");
    expect(unlocated.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.locators", messages: [expect.stringContaining(book)] }],
      unlocated: [book],
    });
    const twice = await graphql(
      server.url,
      read,
      {
        input: linkInput(ache, "TREATED_BY", rub, {
          sources: [book],
          locators: [
            { sourceId: book, locator: "p. 1" },
            { sourceId: book, locator: "p. 2" },
          ],
        }),
      },
      CURATOR,
    );
    expect(codeOf(twice)).toBe("BAD_USER_INPUT");
    const notCited = await graphql(
      server.url,
      read,
      {
        input: linkInput(ache, "TREATED_BY", rub, {
          locators: [{ sourceId: book, locator: "p. 1" }],
        }),
      },
      CURATOR,
    );
    expect(codeOf(notCited)).toBe("BAD_USER_INPUT");
    // A key that is no source id is refused without echoing it; more locators than sources are refused.
    const long = "Not-A-Source ".repeat(400);
    const badKey = await graphql(
      server.url,
      read,
      { input: linkInput(ache, "TREATED_BY", rub, { locators: [{ sourceId: long, locator: "p. 1" }] }) },
      CURATOR,
    );
    expect(codeOf(badKey)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(badKey.errors)).not.toContain("Not-A-Source");
    const many = Array.from({ length: 21 }, (_, i) => ({ sourceId: `zz-cur-s${i}`, locator: "p. 1" }));
    const tooMany = await graphql(
      server.url,
      read,
      { input: linkInput(ache, "TREATED_BY", rub, { locators: many }) },
      CURATOR,
    );
    expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.locators", messages: [expect.stringContaining("at most 20 items")] }],
    });
    expect(await count("MATCH (:Entity {id: $ache})-[r:TREATED_BY]->() RETURN count(r) AS n", { ache })).toBe(0);

    // A practice-only link (as the seed writes them) that a curator links with a source and a page.
    await server.db.writeStatement(
      "test.practice-only",
      `MATCH (a:Entity {id: $ache}), (b:Entity {id: $rub})
       CREATE (a)-[:TREATED_BY {note: 'Practice.', evidence: 'D', practiceOnly: true}]->(b)`,
      { ache, rub },
    );
    const located = await curate(read, {
      input: linkInput(ache, "TREATED_BY", rub, {
        sources: [book],
        locators: [{ sourceId: book, locator: "  ch. 3, p. 41 " }],
      }),
    });
    expect(located.link).toEqual({
      practiceOnly: false,
      sources: [{ id: book }],
      locators: [{ sourceId: book, locator: "ch. 3, p. 41" }],
    });
    // Linked again with a website only: the book's locator goes with the book.
    const replaced = await curate(read, { input: linkInput(ache, "TREATED_BY", rub) });
    expect(replaced.link).toEqual({ practiceOnly: false, sources: [{ id: SOURCE }], locators: [] });
    const stored = await cypherRows(
      "MATCH (:Entity {id: $ache})-[r:TREATED_BY]->() RETURN r.locators AS locators, r.practiceOnly AS p",
      { ache },
    );
    expect(stored).toEqual([{ locators: null, p: null }]);
  });

  it("answers NOT_FOUND for an unknown end", async () => {
    expect(
      codeOf(
        await graphql(server.url, LINK, { input: linkInput("zz-cur-nobody", "TREATED_BY", "zz-cur-rub") }, CURATOR),
      ),
    ).toBe("NOT_FOUND");
    expect(
      codeOf(
        await graphql(server.url, LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-nothing") }, CURATOR),
      ),
    ).toBe("NOT_FOUND");
  });

  it("unlinks that one relationship, then answers NOT_FOUND", async () => {
    await curate(LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub") });
    await curate(LINK, { input: linkInput("zz-cur-ache", "PREVENTED_BY", "zz-cur-rub") });
    const key = { from: "zz-cur-ache", type: "PREVENTED_BY", to: "zz-cur-rub" };
    expect((await curate(UNLINK, { input: key })).unlink).toEqual({
      id: "zz-cur-ache:PREVENTED_BY:zz-cur-rub",
      ...key,
      note: "A test relationship.",
    });
    expect(
      await count(
        "MATCH (:Entity {id: 'zz-cur-ache'})-[r]->(:Entity {id: 'zz-cur-rub'}) RETURN type(r) AS t, count(r) AS n",
      ),
    ).toBe(1); // TREATED_BY stays
    expect(codeOf(await graphql(server.url, UNLINK, { input: key }, CURATOR))).toBe("NOT_FOUND");
  });

  // Link lists are read in name order from copies of the names kept on the relationships (src/db/link-keys.ts):
  // a rename must reach them, whichever end is renamed.
  it("lists a renamed entity at its new place in its neighbours' link lists, from either end", async () => {
    const [cause, otherCause, ache, pain] = [
      "zz-cur-order-c1",
      "zz-cur-order-c2",
      "zz-cur-order-a1",
      "zz-cur-order-a2",
    ];
    await curate(UPSERT_CAUSE, { input: ailment(cause, "Zz order cause b") });
    await curate(UPSERT_CAUSE, { input: ailment(otherCause, "Zz order cause c") });
    await curate(UPSERT_AILMENT, { input: ailment(ache, "Zz order ailment b") });
    await curate(UPSERT_AILMENT, { input: ailment(pain, "Zz order ailment c") });
    for (const [from, to] of [
      [ache, cause],
      [pain, cause],
      [ache, otherCause],
    ])
      await curate(LINK, { input: linkInput(from, "CAUSED_BY", to) });
    const lists = async () => {
      const query = `{ cause(id: "${cause}") { ailments { ailment { id } } } ailment(id: "${ache}") { causes { cause { id } } } }`;
      const { data } = await graphql(server.url, query);
      return {
        ailments: data.cause.ailments.map((l: { ailment: { id: string } }) => l.ailment.id),
        causes: data.ailment.causes.map((l: { cause: { id: string } }) => l.cause.id),
      };
    };
    expect(await lists()).toEqual({ ailments: [ache, pain], causes: [cause, otherCause] });
    await curate(UPSERT_AILMENT, { input: ailment(pain, "Zz order ailment a") }); // the start of its link
    await curate(UPSERT_CAUSE, { input: ailment(otherCause, "Zz order cause a") }); // the end of its link
    expect(await lists()).toEqual({ ailments: [pain, ache], causes: [otherCause, cause] });
    expect(await server.db.readRows("checks/link-keys")).toEqual([]);
  });
});

describe("seed format v2 through the API", () => {
  // Each test below may run first (jest --randomize): the ailment they link from is made here.
  beforeAll(async () => void (await curate(UPSERT_AILMENT, { input: ailment("zz-cur-calf") })));

  it("creates a red flag, links it to an ailment (HAS_RED_FLAG) and to what it suggests, and reads it back", async () => {
    const flag = await curate(UPSERT_RED_FLAG, {
      input: {
        ...ailment("zz-cur-flag", "Zz hot calf"),
        urgency: "EMERGENCY",
        action: "Call emergency services if breathless.",
      },
    });
    expect(flag.upsertRedFlag).toEqual({
      id: "zz-cur-flag",
      kind: "RED_FLAG",
      roles: ["RED_FLAG"],
      name: "Zz hot calf",
      urgency: "EMERGENCY",
      action: "Call emergency services if breathless.",
    });
    await curate(LINK, { input: linkInput("zz-cur-calf", "HAS_RED_FLAG", "zz-cur-flag") });
    await curate(LINK, { input: linkInput("zz-cur-flag", "SUGGESTS", "deep-vein-thrombosis") });
    const read = await graphql(
      server.url,
      `
        {
          ailment(id: "zz-cur-calf") {
            redFlags {
              redFlag {
                id
                urgency
                action
              }
              relation {
                type
              }
            }
          }
          redFlag(id: "zz-cur-flag") {
            ailments {
              ailment {
                id
              }
            }
            suggests {
              entity {
                id
                kind
              }
            }
          }
          entity(id: "zz-cur-flag") {
            __typename
            kind
          }
        }
      `,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.ailment.redFlags).toEqual([
      {
        redFlag: { id: "zz-cur-flag", urgency: "EMERGENCY", action: "Call emergency services if breathless." },
        relation: { type: "HAS_RED_FLAG" },
      },
    ]);
    expect(read.data.redFlag).toEqual({
      ailments: [{ ailment: { id: "zz-cur-calf" } }],
      suggests: [{ entity: { id: "deep-vein-thrombosis", kind: "CONTRAINDICATION" } }],
    });
    expect(read.data.entity).toEqual({ __typename: "RedFlag", kind: "RED_FLAG" });
  });

  it("refuses HAS_RED_FLAG and SUGGESTS between other kinds, naming the allowed ones", async () => {
    const response = await graphql(
      server.url,
      LINK,
      { input: linkInput("zz-cur-calf", "HAS_RED_FLAG", "stress") },
      CURATOR,
    );
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain(
      "HAS_RED_FLAG joins ailment or cause or contraindication -> red flag",
    );
  });

  it("stores a link's outcome and group, and a source's and a precaution's new fields", async () => {
    await curate(UPSERT_THERAPY, { input: { ...ailment("zz-cur-rub2"), name: "Zz rub two" } });
    const link = await curate(`mutation ($input: LinkInput!) { link(input: $input) { outcome group } }`, {
      input: linkInput("zz-cur-calf", "TREATED_BY", "zz-cur-rub2", { outcome: "INSUFFICIENT" }),
    });
    expect(link.link).toEqual({ outcome: "INSUFFICIENT", group: null });
    const state = await curate(`mutation ($input: LinkInput!) { link(input: $input) { outcome group } }`, {
      input: linkInput("zz-cur-calf", "PRESENTS_AS", "fever", { group: "temperature" }),
    });
    expect(state.link).toEqual({ outcome: null, group: "temperature" });
    const source = await curate(
      `mutation ($input: SourceInput!) { upsertSource(input: $input) {
      type authors doi pmid edition chapter accessed reviewed covers } }`,
      {
        input: {
          id: "zz-cur-book",
          title: "A book",
          publisher: "Press",
          type: "textbook",
          authors: "Doe J",
          doi: "10.1000/xyz123",
          pmid: "123456",
          edition: "6th",
          chapter: "Chapter 2",
          accessed: "2026-11-30",
          reviewed: "2026-12-01",
          covers: ["stress"],
        },
      },
    );
    expect(source.upsertSource).toEqual({
      type: "textbook",
      authors: "Doe J",
      doi: "10.1000/xyz123",
      pmid: "123456",
      edition: "6th",
      chapter: "Chapter 2",
      accessed: "2026-11-30",
      reviewed: "2026-12-01",
      covers: ["stress"],
    });
    const precaution = await curate(
      `mutation ($input: ContraindicationInput!) { upsertContraindication(input: $input) {
      question adaptation { pressure position avoid maxMinutes clearance notes } } }`,
      {
        input: {
          ...ailment("zz-cur-precaution"),
          severity: "PRECAUTION",
          scope: "GENERAL",
          question: "Is it so?",
          adaptation: {
            pressure: "LIGHT",
            position: "Side-lying.",
            avoid: ["the legs"],
            maxMinutes: 45,
            clearance: true,
            notes: "Go slowly.",
          },
        },
      },
    );
    expect(precaution.upsertContraindication).toEqual({
      question: "Is it so?",
      adaptation: {
        pressure: "LIGHT",
        position: "Side-lying.",
        avoid: ["the legs"],
        maxMinutes: 45,
        clearance: true,
        notes: "Go slowly.",
      },
    });
  });
});

describe("concurrency", () => {
  it("fifty parallel upserts of one new id leave exactly one node", async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        graphql(server.url, UPSERT_AILMENT, { input: { ...ailment("zz-cur-race"), summary: `Writer ${i}.` } }, CURATOR),
      ),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    expect(await count("MATCH (n {id: 'zz-cur-race'}) RETURN count(n) AS n")).toBe(1);
  });

  it("fifty parallel upserts of different ids with one name: one wins, every other caller gets CONFLICT", async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        graphql(
          server.url,
          UPSERT_AILMENT,
          { input: ailment(`zz-cur-same-${i}`, i % 2 ? "Zz Same Name" : "  zz same NAME ") },
          CURATOR,
        ),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(responses.filter((r) => r.errors).map(codeOf))).toEqual(new Set(["CONFLICT"]));
    expect(await count("MATCH (n:Entity) WHERE toLower(trim(n.name)) = 'zz same name' RETURN count(n) AS n")).toBe(1);
  });

  it("a name differing only in case or spaces is taken (CONFLICT, naming who has it)", async () => {
    await curate(UPSERT_AILMENT, { input: ailment("zz-cur-case-a", "Zz Case Name") });
    const taken = await graphql(
      server.url,
      UPSERT_AILMENT,
      { input: ailment("zz-cur-case-b", " zz case name") },
      CURATOR,
    );
    expect(codeOf(taken)).toBe("CONFLICT");
    expect(taken.errors?.[0].extensions).toMatchObject({
      fields: [{ field: "input.name", messages: [expect.any(String)] }],
      usedBy: "zz-cur-case-a",
    });
  });

  it("deletes racing links: each caller gets success, NOT_FOUND or CONFLICT, and no link outlives its node", async () => {
    for (let round = 0; round < 5; round++) {
      const id = `zz-cur-racy-${round}`;
      await curate(UPSERT_CAUSE, { input: ailment(id, `Zz racy ${round}`) });
      const responses = await Promise.all([
        ...Array.from({ length: 5 }, () =>
          graphql(server.url, LINK, { input: linkInput("muscle-spasm", "CAUSED_BY", id) }, CURATOR),
        ),
        graphql(server.url, DELETE_ENTITY, { id }, CURATOR),
        ...Array.from({ length: 5 }, () =>
          graphql(server.url, LINK, { input: linkInput("migraine", "CAUSED_BY", id) }, CURATOR),
        ),
      ]);
      const unexpected = responses.filter((r) => !["ok", "NOT_FOUND", "CONFLICT"].includes(codeOf(r) ?? "ok"));
      expect(unexpected.map((r) => r.errors)).toEqual([]);
      expect(await count("MATCH (n {id: $id}) RETURN count(n) AS n", { id })).toBe(0);
    }
  });

  it("fifty parallel links of one triple leave exactly one relationship", async () => {
    await curate(UPSERT_AILMENT, { input: ailment("zz-cur-race-link", "Zz race link") });
    await curate(UPSERT_CAUSE, { input: ailment("zz-cur-race-cause", "Zz race cause") });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        graphql(
          server.url,
          LINK,
          { input: linkInput("zz-cur-race-link", "CAUSED_BY", "zz-cur-race-cause", { note: `Writer ${i}.` }) },
          CURATOR,
        ),
      ),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    expect(
      await count(
        "MATCH (:Entity {id: 'zz-cur-race-link'})-[r:CAUSED_BY]->(:Entity {id: 'zz-cur-race-cause'}) RETURN count(r) AS n",
      ),
    ).toBe(1);
  });
});

describe("deletes", () => {
  it("deletes one entity and its relationships, nothing else", async () => {
    await curate(UPSERT_AILMENT, { input: ailment("zz-cur-del-a") });
    await curate(UPSERT_AILMENT, { input: ailment("zz-cur-del-b") });
    await curate(UPSERT_CAUSE, { input: ailment("zz-cur-del-c") });
    await curate(LINK, { input: linkInput("zz-cur-del-a", "RELATED_TO", "zz-cur-del-b") });
    await curate(LINK, { input: linkInput("zz-cur-del-b", "CAUSED_BY", "zz-cur-del-c") });
    await curate(LINK, { input: linkInput("zz-cur-del-b", "TREATED_BY", "relaxation-massage") });
    const nodes = await count("MATCH (n) RETURN count(n) AS n");
    const relationships = await count("MATCH ()-[r]->() RETURN count(r) AS n");

    expect((await curate(DELETE_ENTITY, { id: "zz-cur-del-b" })).deleteEntity).toEqual({
      id: "zz-cur-del-b",
      typename: "Ailment",
      relationIds: [
        "zz-cur-del-a:RELATED_TO:zz-cur-del-b",
        "zz-cur-del-b:CAUSED_BY:zz-cur-del-c",
        "zz-cur-del-b:TREATED_BY:relaxation-massage",
      ],
      neighbours: expect.arrayContaining([
        { id: "zz-cur-del-a" },
        { id: "zz-cur-del-c" },
        { id: "relaxation-massage" },
      ]),
    });

    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(nodes - 1);
    expect(await count("MATCH ()-[r]->() RETURN count(r) AS n")).toBe(relationships - 3);
    expect(
      await count(
        "MATCH (n:Entity) WHERE n.id IN ['zz-cur-del-a', 'zz-cur-del-c', 'relaxation-massage'] RETURN count(n) AS n",
      ),
    ).toBe(3);
    expect(codeOf(await graphql(server.url, DELETE_ENTITY, { id: "zz-cur-del-b" }, CURATOR))).toBe("NOT_FOUND");
  });

  it("refuses to delete a cited source (CONFLICT), deletes an uncited one, NOT_FOUND after", async () => {
    await curate(LINK, { input: linkInput("zz-cur-ache", "TREATED_BY", "zz-cur-rub") }); // cites SOURCE
    const cited = await graphql(server.url, DELETE_SOURCE, { id: SOURCE }, CURATOR);
    expect(codeOf(cited)).toBe("CONFLICT");
    expect(cited.errors?.[0].message).toMatch(/cited by \d+ relationship/);
    await curate(UPSERT_SOURCE, { input: { id: "zz-cur-source-3", title: "Zz unused", publisher: "Zz", ...TRACE } });
    expect((await curate(DELETE_SOURCE, { id: "zz-cur-source-3" })).deleteSource).toBe("zz-cur-source-3");
    expect(codeOf(await graphql(server.url, DELETE_SOURCE, { id: "zz-cur-source-3" }, CURATOR))).toBe("NOT_FOUND");
  });
});

describe("export", () => {
  it("writes curated entities and relationships to the seed files, and the result validates", async () => {
    await curate(UPSERT_AILMENT, {
      input: { ...ailment("zz-cur-export", "Zz exported ailment"), synonyms: ["zz exported"], codes: ["icd10:Z00"] },
    });
    await curate(LINK, { input: linkInput("zz-cur-export", "CAUSED_BY", "stress", { stage: "ANY" }) });
    const dir = mkdtempSync(join(tmpdir(), "curation-export-"));
    try {
      writeSeedFiles(dir, formatSeedFiles(await readGraph(server.db)));
      const ailments = parse(readFileSync(join(dir, "ailments.yaml"), "utf8")) as Record<string, unknown>[];
      expect(ailments.find((a) => a.id === "zz-cur-export")).toMatchObject({
        name: "Zz exported ailment",
        synonyms: ["zz exported"],
        summary: "A test ailment zz-cur-export.",
        codes: { icd10: "Z00" },
      });
      const relationships = parse(readFileSync(join(dir, "relationships.yaml"), "utf8")) as Record<string, unknown>[];
      expect(relationships.find((r) => r.from === "zz-cur-export")).toEqual({
        from: "zz-cur-export",
        type: "CAUSED_BY",
        to: "stress",
        note: "A test relationship.",
        evidence: "C",
        stage: "any",
        sources: [SOURCE],
      });
      const sources = parse(readFileSync(join(dir, "sources.yaml"), "utf8")) as Record<string, unknown>[];
      expect(sources.find((s) => s.id === SOURCE)).toMatchObject({ title: "Curation test source", publisher: "Tests" });
      // What the API accepts, the seed loader accepts back.
      expect(readSeedFolder(dir).problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
