import fc from "fast-check";
import { loadConfig } from "../../src/config/config";
import type { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { connectTestDatabase } from "../support/test-database";

/**
 * Safety property over random ailment and condition sets drawn from the seed graph: the applied
 * ABSOLUTE GENERAL contraindications and the therapies they reach are recomputed here with the
 * test's own plain Cypher, independent of the service's queries.
 */
describe("recommendTherapies safety (property-based)", () => {
  let db: Database;
  let ailmentIds: string[];
  let conditionIds: string[];

  const column = async (query: string, params: Record<string, unknown> = {}): Promise<string[]> =>
    db.read("test.safety", async (tx) => (await tx.run(query, params)).records.map((r) => r.get(0) as string));

  /** Contraindications applied by the conditions (each named one, and every state a named ailment PRESENTS_AS) that are ABSOLUTE GENERAL. */
  const absoluteGeneralApplied = (conditions: string[]) =>
    column(
      `MATCH (k:Contraindication {severity: 'ABSOLUTE', scope: 'GENERAL'})
       WHERE k.id IN $conditions OR EXISTS { MATCH (a:Ailment)-[:PRESENTS_AS]->(k) WHERE a.id IN $conditions }
       RETURN k.id`,
      { conditions },
    );

  /** Contraindications linked to the therapy, directly or through a technique it INCLUDES (up to two levels). */
  const linkedTo = (therapyId: string) =>
    column(
      `MATCH (:Therapy {id: $therapyId})-[:INCLUDES*0..2]->(:Therapy)-[:CONTRAINDICATED_BY]->(k:Contraindication) RETURN DISTINCT k.id`,
      { therapyId },
    );

  beforeAll(async () => {
    db = connectTestDatabase();
    ailmentIds = await column("MATCH (a:Ailment) RETURN a.id ORDER BY a.id");
    conditionIds = await column("MATCH (n:Entity) WHERE n:Contraindication OR n:Ailment RETURN n.id ORDER BY n.id");
  });
  afterAll(() => db.close());

  it("reads enough of the seed graph to draw from", () => {
    expect(ailmentIds.length).toBeGreaterThan(5);
    expect(conditionIds).toEqual(expect.arrayContaining(["fever", "hypertension", "pregnancy"]));
  });

  it("never recommends an excluded therapy, and every exclusion is justified by the graph", async () => {
    let runsWithExclusions = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...ailmentIds), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...conditionIds), { minLength: 0, maxLength: 5 }),
        async (ailments, conditions) => {
          const result = await createContext({ db, config: loadConfig(), viewer: null }).services.recommendations.recommend({
            ailments,
            conditions,
            first: 50,
          });
          const forbidden = new Set(await absoluteGeneralApplied(conditions));
          for (const item of result.items) {
            const linked = await linkedTo(item.therapy.id);
            expect({ therapy: item.therapy.id, forbidden: linked.filter((k) => forbidden.has(k)) }).toEqual({ therapy: item.therapy.id, forbidden: [] });
          }
          for (const excluded of result.excluded) {
            expect(excluded.because.length).toBeGreaterThan(0);
            const linked = new Set(await linkedTo(excluded.therapy.id));
            for (const because of excluded.because) {
              expect(because).toMatchObject({ severity: "ABSOLUTE", scope: "GENERAL" });
              expect(forbidden.has(because.id)).toBe(true);
              expect(linked.has(because.id)).toBe(true);
            }
          }
          if (result.excluded.length > 0) runsWithExclusions += 1;
          const itemIds = new Set(result.items.map((i) => i.therapy.id));
          expect(result.excluded.filter((e) => itemIds.has(e.therapy.id))).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
    // The random condition sets must really exercise the exclusion rule.
    expect(runsWithExclusions).toBeGreaterThan(5);
  }, 120_000);
});
