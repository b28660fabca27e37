import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import {
  GENERIC_CAUSES,
  RELATED_FLOOR,
  evaluateRelated,
  loadRelatedSet,
  RelatedReport,
  renderRelatedReport,
} from "../../src/modules/traversal";
import { markMechanismNodes, unmarkMechanismNodes } from "../support/mechanism-nodes";
import { connectTestDatabase } from "../support/test-database";

/**
 * The related-conditions judged set (test/fixtures/related-relevance.yaml) against the seed graph, with
 * its mechanism nodes marked. The thresholds are the target, the floor we commit to (README: Related
 * conditions): nDCG@5 >= 0.9 and no "must not" pair; 0.916 reached on 2026-12-07 (the audited set, after the
 * upper-body and lower-limb content passes).
 */
const THRESHOLDS = { ndcg: 0.9, mustNotPairs: 0 };

describe("related conditions over the seed graph", () => {
  let db: Database;
  let report: RelatedReport;
  let marked: string[] = [];
  const config = loadConfig();
  const set = loadRelatedSet();
  const services = () => createContext({ db, config, viewer: null }).services;

  beforeAll(async () => {
    db = connectTestDatabase();
    marked = await markMechanismNodes(db, set.mechanisms);
    report = await evaluateRelated(set, (id, first) => services().relatedAilments.related({ id, first }));
    process.stdout.write(`Related conditions (${set.ailments.length} ailments):\n${renderRelatedReport(report)}\n`);
  });
  afterAll(async () => {
    await unmarkMechanismNodes(db, marked);
    await db.close();
  });

  it("judges every ailment of the seed graph that is not a mechanism node, and names only ailments", async () => {
    const rows = await db.readStatement<{ id: string }>(
      "test.ailment-ids",
      "MATCH (a:Ailment) WHERE coalesce(a.mechanism, false) = false RETURN a.id AS id",
    );
    const graph = rows.map((r) => r.id).sort();
    expect(set.ailments.map((a) => a.id).sort()).toEqual(graph);
    const named = set.ailments.flatMap((a) => [...Object.keys(a.expect), ...a.mustNot]).concat(set.mechanisms);
    const all = await db.readStatement<{ id: string }>("test.ailment-ids", "MATCH (a:Ailment) RETURN a.id AS id");
    expect([...new Set(named)].filter((id) => !all.some((r) => r.id === id))).toEqual([]);
  });

  it(`reaches nDCG@5 ${THRESHOLDS.ndcg} with ${THRESHOLDS.mustNotPairs} "must not" pairs in any top 5`, () => {
    expect(report.outcomes.flatMap((o) => o.mustNotFound.map((id) => `${o.judgement.id}: ${id}`))).toEqual([]);
    expect(report.ndcg).toBeGreaterThanOrEqual(THRESHOLDS.ndcg);
  });

  it("never returns a mechanism node, and stops at the floor instead of filling `first`", async () => {
    for (const { id } of set.ailments) {
      const related = await services().relatedAilments.related({ id, first: 100 });
      expect(related.filter((r) => set.mechanisms.includes(r.ailment.id)).map((r) => `${id}: ${r.ailment.id}`)).toEqual(
        [],
      );
      expect(related.every((r) => r.score >= RELATED_FLOOR && r.reasons.length > 0)).toBe(true);
    }
    // Muscle spasm leads to both mechanism nodes; they are not among its related ailments.
    const spasm = await services().relatedAilments.related({ id: "muscle-spasm", first: 100 });
    expect(spasm.length).toBeGreaterThan(3);
    // Sciatica used to end with arthritis and cancer-related symptoms at 0.06: now it stops.
    const sciatica = await services().relatedAilments.related({ id: "sciatica", first: 10 });
    expect(sciatica.length).toBeLessThan(10);
    expect(sciatica.map((r) => r.ailment.id)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(arthritis|cancer-related-symptoms)$/)]),
    );
    // Plantar fasciitis is related to its differential (issue 27) and to the two ailments that share its training
    // causes, shoes and surfaces (issue 31): it stops there, unpadded.
    const plantar = await services().relatedAilments.related({ id: "plantar-fasciitis", first: 10 });
    expect(plantar.map((r) => r.ailment.id)).toEqual([
      "achilles-tendinopathy",
      "medial-tibial-stress-syndrome",
      "tendinitis",
    ]);
  });

  it("never lets generic factors (age, sex, obesity, smoking, family history) relate two ailments on their own", async () => {
    const causes = await db.readStatement<{ id: string }>(
      "test.generic-causes",
      "MATCH (c:Cause) WHERE c.id IN $ids RETURN c.id AS id",
      { ids: [...GENERIC_CAUSES] },
    );
    expect(causes.map((c) => c.id).sort()).toEqual([...GENERIC_CAUSES].sort());
    // Hypertension shares ageing, obesity, smoking and family history with disc disease, back pain and
    // osteoarthritis, and nothing specific: none of them is related to it (anxiety, insomnia and stress are,
    // by links).
    const hypertension = await services().relatedAilments.related({ id: "hypertension", first: 10 });
    expect(hypertension.map((r) => r.ailment.id).sort()).toEqual(["anxiety", "insomnia", "stress"]);
    for (const { id } of set.ailments) {
      for (const r of await services().relatedAilments.related({ id, first: 100 })) {
        expect({
          id,
          related: r.ailment.id,
          specific: r.reasons.some((x) => !x.startsWith("Both are more common with")),
        }).toEqual({ id, related: r.ailment.id, specific: true });
      }
    }
  });

  it("says why in plain words", async () => {
    const sciatica = await services().relatedAilments.related({ id: "sciatica" });
    expect(sciatica.find((r) => r.ailment.id === "degenerative-disc-disease")?.reasons).toContain(
      "Sciatica is often a result of degenerative disc disease",
    );
    const migraine = await services().relatedAilments.related({ id: "migraine" });
    const tension = migraine.find((r) => r.ailment.id === "tension-type-headache");
    expect(tension?.reasons[0]).toBe("Often confused with migraine, but a different condition");
    expect(tension?.reasons).toContainEqual(expect.stringMatching(/^Both are often brought on by .*stress/));
    const hypertension = await services().relatedAilments.related({ id: "hypertension" });
    expect(hypertension.find((r) => r.ailment.id === "stress")?.reasons).toContain(
      "Hypertension can be brought on by stress",
    );
  });
});
