import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { graphql } from "graphql";
import { createContext, buildApiSchema } from "../../src/graphql";
import { RELATION_TYPES, type RelationType } from "../../src/modules/graph";
import { TRAVERSAL_LIMITS } from "../../src/modules/traversal";
import { connectTestDatabase } from "../support/test-database";

describe("traversals over the seed graph", () => {
  let db: Database;
  const config = loadConfig();
  const services = () => createContext({ db, config, viewer: null }).services;
  /** Argument rules are declared on the argument classes, so they are checked where GraphQL runs the field. */
  const schema = buildApiSchema();
  const refusal = async (source: string) => {
    const { errors } = await graphql({ schema, source, contextValue: createContext({ db, config, viewer: null }) });
    return errors?.[0];
  };
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  describe("relatedAilments", () => {
    it("ranks myofascial trigger points high for muscle spasm and says why", async () => {
      const related = await services().relatedAilments.related({ id: "muscle-spasm" });
      const trigger = related.find((r) => r.ailment.id === "myofascial-trigger-points");
      expect(trigger).toBeDefined();
      expect(trigger!.reasons).toContain("Often confused with muscle spasm, but a different condition");
      expect(trigger!.reasons.some((r) => /^Both are often brought on by .*stress/.test(r))).toBe(true);
      // Explicitly linked ailments first (their first reason is the link), each part by score.
      const linked = related.map((r) => !r.reasons[0].startsWith("Both "));
      expect(linked).toEqual([...linked].sort((a, b) => Number(b) - Number(a)));
      for (const part of [true, false]) {
        const scores = related.filter((_, i) => linked[i] === part).map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
      expect(related.every((r) => r.ailment.id !== "muscle-spasm" && r.reasons.length > 0)).toBe(true);
    });

    it("honours first, and refuses unknown ids (NOT_FOUND) and non-ailments (BAD_USER_INPUT)", async () => {
      expect(await services().relatedAilments.related({ id: "muscle-spasm", first: 2 })).toHaveLength(2);
      await expect(services().relatedAilments.related({ id: "no-such-thing" })).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND", fields: [expect.objectContaining({ field: "id" })] },
      });
      await expect(services().relatedAilments.related({ id: "relaxation-massage" })).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "id" })] },
      });
    });
  });

  describe("causeTreatmentPaths", () => {
    it("finds muscle spasm -> stress -> relaxation massage, explained, shortest first", async () => {
      const paths = await services().paths.causeTreatmentPaths({ from: "muscle-spasm", to: "relaxation-massage" });
      const ids = paths.map((p) => p.nodes.map((n) => n.id).join(">"));
      expect(ids).toContain("muscle-spasm>stress>relaxation-massage");
      const viaStress = paths[ids.indexOf("muscle-spasm>stress>relaxation-massage")];
      expect(viaStress.explanation).toBe("Muscle spasm is caused by Stress, which is treated by Relaxation massage.");
      expect(viaStress.relationships.map((r) => r.type)).toEqual(["CAUSED_BY", "TREATED_BY"]);
      expect(viaStress.relationships.every((r) => r.sourceIds.length > 0)).toBe(true);
      expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
      expect(paths.every((p) => p.nodes.at(-1)!.id === "relaxation-massage" && p.length <= 4)).toBe(true);
    });

    it("agrees with recommendTherapies: no path to a therapy recorded as not helping the ailment itself", async () => {
      // Insomnia -> stress -> relaxation massage exists, but massage for insomnia itself is recorded as insufficient.
      const paths = await services().paths.causeTreatmentPaths({ from: "insomnia", first: 50 });
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.map((p) => p.nodes.at(-1)!.id)).not.toContain("relaxation-massage");
      const recommended = await services().recommendations.recommend({ ailments: ["insomnia"], first: 50 });
      const offered = [...recommended.items, ...recommended.conditional].map((i) => i.therapy.id);
      expect(offered).not.toContain("relaxation-massage");
      for (const path of paths) expect(offered).toContain(path.nodes.at(-1)!.id);
    });

    it("without `to` reaches several therapies, and maxHops bounds the length", async () => {
      const paths = await services().paths.causeTreatmentPaths({ from: "muscle-spasm", maxHops: 2, first: 50 });
      expect(new Set(paths.map((p) => p.nodes.at(-1)!.id)).size).toBeGreaterThan(2);
      expect(paths.every((p) => p.length === 2)).toBe(true);
    });

    it("refuses maxHops beyond the cap and ids of the wrong kind", async () => {
      expect(await refusal(`{ causeTreatmentPaths(from: "muscle-spasm", maxHops: 7) { length } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "maxHops" })] },
      });
      expect(await refusal(`{ causeTreatmentPaths(from: "Muscle Spasm") { length } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "from" })] },
      });
      await expect(services().paths.causeTreatmentPaths({ from: "relaxation-massage" })).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "from" })] },
      });
      await expect(
        services().paths.causeTreatmentPaths({ from: "muscle-spasm", to: "nope-nope" }),
      ).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND", fields: [expect.objectContaining({ field: "to" })] },
      });
    });
  });

  describe("shortestPath", () => {
    it("joins muscle spasm and relaxation massage in at most 2 steps", async () => {
      const path = await services().paths.shortestPath({ from: "muscle-spasm", to: "relaxation-massage" });
      expect(path).not.toBeNull();
      expect(path!.length).toBeLessThanOrEqual(2);
      expect(path!.nodes[0].id).toBe("muscle-spasm");
      expect(path!.nodes.at(-1)!.id).toBe("relaxation-massage");
      expect(path!.explanation).toMatch(/^Muscle spasm .*Relaxation massage\.$/);
    });

    it("ignores direction, returns null beyond maxHops, a one-node path to itself, NOT_FOUND for unknown ids", async () => {
      const back = await services().paths.shortestPath({ from: "relaxation-massage", to: "muscle-spasm" });
      expect(back!.length).toBeGreaterThan(0);
      const far = await services().paths.shortestPath({ from: "breast-lymphedema", to: "migraine", maxHops: 1 });
      expect(far).toBeNull();
      expect(await services().paths.shortestPath({ from: "stress", to: "stress" })).toMatchObject({
        length: 0,
        nodes: [{ id: "stress" }],
      });
      await expect(services().paths.shortestPath({ from: "stress", to: "unknown-x" })).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND", fields: [expect.objectContaining({ field: "to" })] },
      });
      expect(await refusal(`{ shortestPath(from: "stress", to: "migraine", maxHops: 11) { length } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "maxHops" })] },
      });
      expect(await refusal(`{ shortestPath(from: "stress", to: "migraine", maxHops: 0) { length } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "maxHops" })] },
      });
    });
  });

  describe("neighbourhood", () => {
    it("is drawable: every relationship's ends are among the nodes, nothing repeated", async () => {
      for (const depth of [1, 2, 3]) {
        const sub = await services().neighbourhoods.around({ id: "muscle-spasm", depth });
        const ids = sub.nodes.map((n) => n.id);
        expect(ids[0]).toBe("muscle-spasm");
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(150);
        expect(sub.relationships.every((r) => ids.includes(r.from) && ids.includes(r.to))).toBe(true);
        const keys = sub.relationships.map((r) => `${r.from}-${r.type}-${r.to}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    });

    it("finds the nodes a shortest-path search from the start finds, nearest first, then by name and id", async () => {
      // The definition the query reads one distance at a time (neighbourhood.cypher): every entity
      // within `depth` steps by its shortest path, in this order, capped.
      const bySearch = `MATCH (start:Entity {id: $id})
        CALL (start) {
          MATCH p = ANY SHORTEST (start)-[r WHERE type(r) IN $types]-{1,3}(m:Entity)
          WHERE length(p) <= $depth AND m <> start
          WITH m ORDER BY length(p), m.name, m.id LIMIT toInteger($nodeCap)
          RETURN collect(m.id) AS found
        }
        RETURN [start.id] + found[..toInteger($nodeCap) - 1] AS ids`;
      // Every other entity by id, and the most linked ones, so the test stays short.
      const rows = await db.readStatement<{ id: string }>(
        "test.entities",
        "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
      );
      const hubs = ["stress", "pregnancy", "fever", "relaxation-massage", "muscle-spasm"];
      const entities = [...new Set([...hubs, ...rows.filter((_, i) => i % 2 === 0).map((r) => r.id)])].map((id) => ({
        id,
      }));
      const narrow: RelationType[] = ["CAUSED_BY", "TREATED_BY", "LEADS_TO"];
      const cases: [RelationType[], number][] = [
        [[...RELATION_TYPES], 1],
        [[...RELATION_TYPES], 2],
        [[...RELATION_TYPES], 3],
        [narrow, 3],
        // One or two types read through texts written for them alone (cypher-files.ts, forTypes).
        [["CAUSED_BY"], 2],
        [["CAUSED_BY", "LEADS_TO"], 3],
        [["CONTRAINDICATED_BY", "TREATED_BY"], 2],
      ];
      for (const { id } of entities)
        for (const [types, depth] of cases) {
          const sub = await services().neighbourhoods.around({ id, depth, relationTypes: types });
          const [expected] = await db.readStatement<{ ids: string[] }>("test.neighbourhood-by-search", bySearch, {
            id,
            depth,
            types,
            nodeCap: TRAVERSAL_LIMITS.neighbourhoodNodes,
          });
          expect({ id, depth, types, ids: sub.nodes.map((n) => n.id) }).toEqual({ id, depth, types, ...expected });
        }
    }, 180_000);

    it("reads the same subgraph whatever it shows: ids, types and ends do not depend on the selection", async () => {
      const brief = (sub: Awaited<ReturnType<ReturnType<typeof services>["neighbourhoods"]["around"]>>) => ({
        nodes: sub.nodes.map((n) => [n.id, n.name, n.kind, n.roles]),
        relationships: sub.relationships.map((r) => [r.id, r.type, r.from, r.to]),
        truncated: sub.truncated,
      });
      for (const id of ["stress", "muscle-spasm", "relaxation-massage"])
        for (const depth of [1, 2]) {
          const full = await services().neighbourhoods.around({ id, depth });
          const slim = await services().neighbourhoods.around({ id, depth }, { node: [], relation: [] });
          expect(brief(slim)).toEqual(brief(full));
          // ...and the slim one really is slim: no summary, no sources were read.
          expect(slim.nodes.every((n) => n.summary === "")).toBe(true);
          expect(slim.relationships.every((r) => r.sourceIds.length === 0)).toBe(true);
          expect(full.nodes.some((n) => n.summary !== "")).toBe(true);
        }
    });

    it("follows only the given relationship types", async () => {
      const sub = await services().neighbourhoods.around({ id: "muscle-spasm", relationTypes: ["CAUSED_BY"] });
      expect(sub.relationships.length).toBeGreaterThan(3);
      expect(sub.relationships.every((r) => r.type === "CAUSED_BY")).toBe(true);
      expect(sub.nodes.map((n) => n.id)).toContain("stress");
      expect(sub.truncated).toBe(false);
    });

    it("says truncated when the caps cut it, and checks its arguments", async () => {
      const whole = await services().neighbourhoods.around({ id: "muscle-spasm", depth: 3 });
      // Three steps reach the whole seed graph (~150 nodes, ~750 relationships): the relationship cap cuts it.
      expect(whole.relationships).toHaveLength(TRAVERSAL_LIMITS.neighbourhoodRelationships);
      expect(whole.truncated).toBe(true);
      expect(await refusal(`{ neighbourhood(id: "muscle-spasm", depth: 4) { truncated } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "depth" })] },
      });
      expect(await refusal(`{ neighbourhood(id: "DROP everything", depth: 1) { truncated } }`)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "id" })] },
      });
      await expect(services().neighbourhoods.around({ id: "no-such-entity" })).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND" },
      });
    });
  });
});
