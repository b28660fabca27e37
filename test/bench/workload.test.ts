import { canonical } from "../../bench/harness/answers";
import { Prng } from "../../bench/prng";
import { planSynthetic, relationshipBatches, HUBS } from "../../bench/synthetic/synthetic-graph";
import { fullShape, nestedQuery, nestedVariables, variedShape } from "../../bench/workload/nested-shape";
import { OPERATIONS } from "../../bench/workload/operations";
import { peerNestedQuery, peerNestedToApi } from "../../bench/workload/peer-nested";
import { readSeedFolder } from "../../src/seed";

describe("the bench's workload", () => {
  const ctx = { copies: 48, listAfter: [null, "c20", "c40"] };

  it("asks the API, its variant and the plain Apollo server the same text, and the bare server the same question", () => {
    for (const operation of OPERATIONS.filter((o) => !o.conditional)) {
      for (const asked of operation.load(ctx)) {
        expect(asked.asks["api-managed"]).toEqual(asked.asks.api);
        expect(asked.asks.apollo).toEqual(asked.asks.api);
        expect(asked.asks.bare?.path).toMatch(/^\/op\//);
      }
    }
  });

  it("asks the floor the bare server's question where it has a statement, and says why elsewhere", () => {
    const floored = OPERATIONS.filter((o) => o.load(ctx).every((c) => c.asks.floor));
    expect(floored.map((o) => o.name)).toEqual([
      "entityNested",
      "nestedVaried",
      "list",
      "neighbourhood",
      "notModified",
    ]);
    for (const operation of floored.filter((o) => !o.conditional))
      for (const asked of operation.load(ctx)) expect(asked.asks.floor).toEqual(asked.asks.bare);
    for (const operation of OPERATIONS.filter((o) => !floored.includes(o))) {
      expect(operation.load(ctx).some((c) => c.asks.floor)).toBe(false);
      expect(operation.floorLeftOut).toMatch(/^not written/);
    }
  });

  it("revalidates with each server's own ETag over GET, and asks the neighbourhood at depths 1 and 2", () => {
    const conditional = OPERATIONS.find((o) => o.name === "notModified")!;
    const unknown = conditional.load(ctx)[0];
    expect(unknown.asks.api).toMatchObject({ method: "GET", headers: { "if-none-match": '"not-yet-fetched"' } });
    expect(unknown.asks.api!.path).toMatch(/^\/graphql\?query=/);
    expect(unknown.asks.floor!.path).toMatch(/^\/op\/nested\?params=/);
    const etags = { api: { [unknown.asks.api!.path]: '"a"' }, floor: { [unknown.asks.floor!.path]: '"f"' } };
    const known = conditional.load({ ...ctx, etags })[0];
    expect(known.asks.api!.headers).toEqual({ "if-none-match": '"a"' });
    expect(known.asks.floor!.headers).toEqual({ "if-none-match": '"f"' });
    expect(conditional.peerLeftOut).toBeDefined();
    const neighbourhood = OPERATIONS.find((o) => o.name === "neighbourhood")!;
    const depths = (cases: { asks: { bare?: { body?: string } } }[]) =>
      new Set(cases.map((c) => (JSON.parse(c.asks.bare!.body!) as { depth: number }).depth));
    for (const set of [neighbourhood.load(ctx), neighbourhood.hub!(ctx), neighbourhood.leaf!(ctx)])
      expect(depths(set)).toEqual(new Set([1, 2]));
  });

  it("asks the peer the varied nested questions too, each with its own text, alias and fields", () => {
    const varied = OPERATIONS.find((o) => o.name === "nestedVaried")!.load(ctx);
    const texts = new Set(varied.map((c) => (JSON.parse(c.asks["neo4j-graphql"]!.body!) as { query: string }).query));
    expect(texts.size).toBe(new Set(varied.map((c) => c.asks.api!.body)).size);
    const aliased = varied.find((c) => (c.meta!.shape as { alias: string | null }).alias !== null)!;
    const alias = (aliased.meta!.shape as { alias: string }).alias;
    expect(aliased.asks["neo4j-graphql"]!.body).toContain(`${alias}: `);
  });

  it("reads the peer's varied answer in the API's shape: alias, chosen fields, relation fields asked", () => {
    const shape = {
      root: "ailment" as const,
      id: "migraine",
      alias: "a7",
      summary: false,
      inline: true,
      lists: [{ field: "causes" as const, as: "cause" as const, note: true, evidence: false }],
    };
    expect(peerNestedQuery(shape)).toBe(
      'query { a7: ailments(where: { id: { eq: "migraine" } }) { id name causesConnection(first: 100, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { properties { note } node { id name } } } } }',
    );
    const edge = { properties: { note: "n" }, node: { id: "stress", name: "Stress" } };
    const peer = { a7: [{ id: "migraine", name: "Migraine", causesConnection: { edges: [edge] } }] };
    expect(peerNestedToApi(shape, peer)).toEqual({
      a7: { id: "migraine", name: "Migraine", causes: [{ cause: edge.node, relation: { note: "n" } }] },
    });
    expect(peerNestedToApi(shape, { a7: [] })).toEqual({ a7: null });
  });

  it("asks the API without its look-ahead the nested questions only, with the API's own text", () => {
    const priced = OPERATIONS.filter((o) => o.load(ctx).some((c) => c.asks["api-no-look-ahead"]));
    expect(priced.map((o) => o.name)).toEqual(["entityNested", "nestedVaried"]);
    for (const operation of priced)
      for (const asked of operation.load(ctx)) expect(asked.asks["api-no-look-ahead"]).toEqual(asked.asks.api);
  });

  it("has many distinct query texts in the varied workload, and one text in the fixed ones", () => {
    const texts = (name: string) =>
      new Set(
        OPERATIONS.find((o) => o.name === name)!
          .load(ctx)
          .map((c) => JSON.parse(c.asks.api!.body!).query),
      );
    expect(texts("nestedVaried").size).toBeGreaterThan(150);
    expect(texts("relatedAilments").size).toBe(1);
  });

  it("starts hub probes at the hubs and leaf probes elsewhere", () => {
    const nested = OPERATIONS.find((o) => o.name === "entityNested")!;
    expect(nested.hub!(ctx).map((c) => c.label)).toEqual(HUBS.causes.map((id) => `cause ${id}`));
    expect(nested.leaf!(ctx).every((c) => c.label.endsWith("-g47"))).toBe(true);
  });

  it("writes a varied shape's id into the text and selects at least one list with at least one relation field", () => {
    const prng = new Prng(7);
    for (let i = 0; i < 200; i++) {
      const shape = variedShape("ailment", "muscle-spasm", prng);
      expect(shape.lists.length).toBeGreaterThan(0);
      expect(shape.lists.every((l) => l.note || l.evidence)).toBe(true);
      expect(nestedQuery(shape)).toContain('ailment(id: "muscle-spasm")');
      expect(nestedVariables(shape)).toEqual({});
    }
    expect(nestedQuery(fullShape("cause", "stress"))).toBe(
      "query($id: ID!) { cause(id: $id) { id name summary ailments { ailment { id name } relation { note evidence } } therapies { therapy { id name } relation { note evidence } } } }",
    );
  });

  it("compares answers with object keys in any order, but items in their order", () => {
    expect(canonical({ b: 1, a: { d: 2, c: 3 } })).toBe(canonical({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]));
  });
});

describe("the synthetic graph", () => {
  const seed = readSeedFolder().graph;

  it("sends every link to a hub to copy 0's hub, so hubs gather the seed's links times the copies", () => {
    const plan = planSynthetic({ seed, targetNodes: 10_000, prngSeed: 1 });
    const degree = new Map<string, number>();
    for (const batch of relationshipBatches({ plan, fromCopy: 0, size: 10_000 }))
      for (const r of batch) degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    const seedInDegree = seed.relationships.filter((r) => r.to === "stress").length;
    expect(degree.get("stress")).toBe(seedInDegree * plan.copies);
    expect(degree.get("stress-g5") ?? 0).toBe(0);
    const others = [...degree.entries()].filter(
      ([id]) => ![...HUBS.causes, ...HUBS.contraindications].includes(id as never),
    );
    expect(Math.max(...others.map(([, d]) => d))).toBeLessThan((seedInDegree * plan.copies) / 4);
  });
});
