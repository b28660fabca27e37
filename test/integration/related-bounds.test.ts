import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { removeAdditionsAndEnsureSeedGraph } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

/**
 * relatedAilments counts a cause by its specificity: one shared by two ailments weighs 1, and one shared by
 * nearly all of them (here 501 of about 560) nothing at all, so it neither relates ailments nor shows among
 * the reasons. (test/integration/related-exact.test.ts checks hubs that do count against an uncapped reference,
 * test/integration/related-profile.test.ts that they are not expanded.)
 */
describe("relatedAilments on a hub cause", () => {
  let db: Database;
  const config = loadConfig();
  const services = () => createContext({ db, config, viewer: null }).services;

  /** `count` new ailments (test-hub-0...), each caused by `cause` and by nothing else. */
  const addAilments = (cause: string, count: number) =>
    db.writeStatement(
      "test.hub",
      `MERGE (c:Entity:Cause {id: $cause}) ON CREATE SET c.kind = 'Cause', c.name = $cause, c.synonyms = [], c.summary = 'test'
       WITH c UNWIND range(0, $count - 1) AS i
       CREATE (a:Entity:Ailment {id: $cause + '-' + i, kind: 'Ailment', name: 'Hub ailment ' + i, synonyms: [], summary: 'test'})
       CREATE (a)-[:CAUSED_BY {evidence: 'C', note: 'test', sources: []}]->(c)`,
      { cause, count },
    );

  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => {
    await removeAdditionsAndEnsureSeedGraph(db, "test-");
    await db.close();
  });

  /** Makes the given ailments caused by a new cause `cause` too. */
  const shareCause = (ids: string[], cause: string) =>
    db.writeStatement(
      "test.hub",
      `MERGE (c:Entity:Cause {id: $cause}) ON CREATE SET c.kind = 'Cause', c.name = $cause, c.synonyms = [], c.summary = 'test'
       WITH c MATCH (a:Ailment) WHERE a.id IN $ids
       CREATE (a)-[:CAUSED_BY {evidence: 'C', note: 'test', sources: []}]->(c)`,
      { ids, cause },
    );

  it("relates ailments through causes few of them share, and not through one nearly all share", async () => {
    await addAilments("test-small", 2);
    // One cause shared by two weighs 1: under the floor alone; a second one lifts the pair over it.
    expect(await services().relatedAilments.related({ id: "test-small-0", first: 10 })).toEqual([]);
    await shareCause(["test-small-0", "test-small-1"], "test-small-b");
    const pair = await services().relatedAilments.related({ id: "test-small-0", first: 10 });
    expect(pair.map((r) => [r.ailment.id, r.reasons])).toEqual([
      ["test-small-1", ["Both are often brought on by test-small and test-small-b"]],
    ]);

    await addAilments("test-hub", 501);
    await shareCause(["test-hub-0", "test-hub-1"], "test-pair-a");
    await shareCause(["test-hub-0", "test-hub-1"], "test-pair-b");
    // test-hub-1 is related to test-hub-0 through the two pair causes only; the hub adds nothing, and
    // none of the other 499 ailments it causes comes back.
    const hub = await services().relatedAilments.related({ id: "test-hub-0", first: 100 });
    expect(hub.map((r) => [r.ailment.id, r.reasons])).toEqual([
      ["test-hub-1", ["Both are often brought on by test-pair-a and test-pair-b"]],
    ]);
  });
});
