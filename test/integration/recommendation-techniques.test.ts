import type { Database } from "../../src/db";
import { recommendWith } from "../support/recommend";
import { connectTestDatabase } from "../support/test-database";

/**
 * Safety by technique over the whole seed (issue 25): every ailment x every contraindication named
 * as a condition. What each therapy is (pressure, regions, thermal agent) and what each state
 * restricts is read here with the test's own plain Cypher, independent of the service's queries;
 * no therapy the rules forbid may be offered, as an item or a conditional item.
 */
describe("recommendTherapies: no offered technique that a confirmed state's restrictions forbid", () => {
  let db: Database;
  const RANK: Record<string, number> = { light: 1, moderate: 2, deep: 3, usual: 3 };
  type Row = Record<string, any>;
  const rows = (query: string) => db.readStatement<Row>("test.techniques", query, {});
  const recommend = recommendWith(() => db);

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  /** Why the rules forbid therapy t for a person in state c with ailment a; null when they do not. */
  function forbidden(t: Row, c: Row, a: Row, absoluteLink: boolean): string | null {
    const general = c.scope === "GENERAL";
    if (absoluteLink) return "the link says ABSOLUTE";
    if (general && c.severity === "ABSOLUTE" && t.linked) return "absolute general state";
    const cap = RANK[c.pressure ?? ""];
    const own = RANK[t.pressure ?? ""];
    const clash = (cap !== undefined && own !== undefined && own > cap) || (t.thermal && c.thermal.includes(t.thermal));
    if (general && clash) return "the state restricts what the technique is";
    const regions: string[] = t.regions ?? [];
    if (regions.length === 0 || regions.includes("whole-body") || c.regions.length === 0) return null;
    const reach = regions.flatMap((r: string) => (r === "lesion" ? (a.regions ?? ["?"]) : [r]));
    if (reach.includes("?")) return null;
    const inside = reach.every((r: string) => c.regions.includes(r));
    const banned = general || c.severity === "ABSOLUTE" || clash;
    return inside && banned ? `it works only on ${reach.join(", ")}, which the state forbids` : null;
  }

  it("holds for every ailment x every contraindication", async () => {
    const ailments = await rows(
      "MATCH (a:Ailment) WHERE coalesce(a.mechanism, false) = false RETURN a.id AS id, a.regions AS regions ORDER BY id",
    );
    const states = await rows(
      `MATCH (c:Contraindication) RETURN c.id AS id, c.scope AS scope, c.severity AS severity,
         c.adaptationPressure AS pressure, coalesce(c.restrictsRegions, []) AS regions,
         coalesce(c.restrictsThermal, []) AS thermal ORDER BY id`,
    );
    const therapies = new Map(
      (
        await rows(
          "MATCH (t:Therapy) RETURN t.id AS id, t.pressure AS pressure, t.regions AS regions, t.thermal AS thermal",
        )
      ).map((t) => [t.id, t]),
    );
    const links = await rows(
      `MATCH (t:Therapy)-[:INCLUDES*0..2]->(:Therapy)-[r:CONTRAINDICATED_BY]->(c:Contraindication)
       RETURN t.id AS therapy, c.id AS state, r.severity = 'ABSOLUTE' AS absolute`,
    );
    const linked = new Map(links.map((l) => [`${l.therapy}|${l.state}`, l.absolute === true]));
    let checked = 0;
    const problems: string[] = [];
    for (const a of ailments) {
      for (const c of states) {
        const r = await recommend({ ailments: [a.id], conditions: [c.id] });
        for (const item of [...r.items, ...r.conditional]) {
          const t = { ...therapies.get(item.therapy.id)!, linked: linked.has(`${item.therapy.id}|${c.id}`) };
          const why = forbidden(t, c, a, linked.get(`${item.therapy.id}|${c.id}`) === true);
          checked += 1;
          if (why) problems.push(`${a.id} + ${c.id}: ${item.therapy.id} offered, but ${why}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  }, 600_000);
});
