import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { EntityKind } from "../../src/modules/entity";
import { evaluateSearch, loadRelevanceSet, RelevanceReport, renderReport } from "../../src/modules/search";
import { connectTestDatabase } from "../support/test-database";

/**
 * The relevance set (test/fixtures/search-relevance.yaml) against the seed graph. The thresholds
 * are the floor we commit to; the README has the figures and the queries that still miss.
 */
const THRESHOLDS = { top1: 0.95, recallAt3: 0.98, mrr: 0.95, heldOutTop1: 0.9 };

describe("search relevance over the seed graph", () => {
  let db: Database;
  let report: RelevanceReport;
  const config = loadConfig();
  const set = loadRelevanceSet();

  beforeAll(async () => {
    db = connectTestDatabase();
    const { services } = createContext({ db, config, viewer: null });
    report = await evaluateSearch(set, (text) => services.search.search({ text, first: 10 }));
    process.stdout.write(`Search relevance (${set.queries.length} queries):\n${renderReport(report)}\n`);
  });
  afterAll(() => db.close());

  it("has at least 60 queries of every sort: names, lay words, typos, emergencies, nonsense", () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    for (const group of ["name", "lay", "typo", "emergency", "nonsense"]) {
      expect(set.queries.filter((q) => q.group === group).length).toBeGreaterThanOrEqual(5);
    }
  });

  it("every id the set names exists in the graph", async () => {
    const ids = [...new Set(set.queries.flatMap((q) => [...q.expect, ...(q.relevant ?? [])]).concat(set.urgentCare))];
    const rows = await db.readRows<{ node: { id: string } }>("entity/by-ids", { ids });
    expect(ids.filter((id) => !rows.some((r) => r.node.id === id))).toEqual([]);
  });

  it(`reaches top-1 ${THRESHOLDS.top1 * 100}%, recall@3 ${THRESHOLDS.recallAt3 * 100}%, MRR ${THRESHOLDS.mrr}`, () => {
    expect(report.top1).toBeGreaterThanOrEqual(THRESHOLDS.top1);
    expect(report.recallAt3).toBeGreaterThanOrEqual(THRESHOLDS.recallAt3);
    expect(report.mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
    const heldOut = report.outcomes.filter((o) => o.query.heldOut && o.query.expect.length > 0);
    expect(heldOut.filter((o) => o.rank === 1).length / heldOut.length).toBeGreaterThanOrEqual(THRESHOLDS.heldOutTop1);
  });

  it("answers every emergency query with a red flag or urgent care first, and no therapy before the first red flag", () => {
    expect(report.unsafe.map((o) => `${o.query.text}: ${o.ids.slice(0, 3).join(", ")}`)).toEqual([]);
    for (const o of report.outcomes.filter((x) => x.query.emergency)) {
      expect(o.safe).toBe(true);
    }
  });

  it("answers every emergency phrasing with something: a person describing an emergency never gets an empty list", () => {
    const emergencies = report.outcomes.filter((o) => o.query.emergency);
    expect(emergencies.length).toBeGreaterThanOrEqual(70);
    expect(emergencies.filter((o) => o.ids.length === 0).map((o) => o.query.text)).toEqual([]);
  });

  it("answers text that means nothing in the graph with nothing, or only with relevant hits", () => {
    expect(report.noisy.map((o) => `${o.query.text}: ${o.ids.join(", ")}`)).toEqual([]);
  });

  it("never puts a therapy above the first red flag for an emergency query", async () => {
    const { services } = createContext({ db, config, viewer: null });
    for (const q of set.queries.filter((x) => x.emergency)) {
      const hits = await services.search.search({ text: q.text, first: 10 });
      const firstFlag = hits.findIndex((h) => h.entity.roles.includes(EntityKind.RED_FLAG));
      const firstTherapy = hits.findIndex((h) => h.entity.roles.every((r) => r === EntityKind.THERAPY));
      if (firstTherapy >= 0)
        expect({ text: q.text, firstFlag: firstFlag >= 0 && firstFlag < firstTherapy }).toEqual({
          text: q.text,
          firstFlag: true,
        });
    }
  });
});
