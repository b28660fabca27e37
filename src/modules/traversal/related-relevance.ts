import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../util/project-root";

/**
 * The related-conditions judged sets (test/fixtures/related-relevance.yaml and the blind
 * related-blind.yaml) and their figures: nDCG@5 over the judged neighbours, and the "must not"
 * pairs (an ailment a reader would be misled to see, or a mechanism node) found in a top 5.
 * Shared by the integration test and `npm run related:eval`.
 */

const RELATED_TOP = 5;
const RELATED_SET_PATH = join("test", "fixtures", "related-relevance.yaml");
export const RELATED_BLIND_PATH = join("test", "fixtures", "related-blind.yaml");

export interface RelatedJudgement {
  id: string;
  /** Neighbour id -> grade: 2 clearly related, 1 related. */
  expect: Record<string, number>;
  mustNot: string[];
}

export interface RelatedSet {
  /** Mechanism nodes: never in any top 5. */
  mechanisms: string[];
  ailments: RelatedJudgement[];
}

export interface RelatedOutcome {
  judgement: RelatedJudgement;
  /** The top RELATED_TOP ids, best first. */
  ids: string[];
  ndcg: number;
  /** Must-not ids (and mechanism nodes) found among `ids`. */
  mustNotFound: string[];
  /** Grade-2 neighbours missing from `ids`. */
  missed: string[];
}

export interface RelatedReport {
  outcomes: RelatedOutcome[];
  ndcg: number;
  mustNotPairs: number;
}

export function loadRelatedSet(path = join(projectRoot(), RELATED_SET_PATH)): RelatedSet {
  const raw = parse(readFileSync(path, "utf8")) as Partial<RelatedSet>;
  const ailments = raw.ailments ?? [];
  for (const a of ailments) {
    const grades = Object.values(a.expect ?? {});
    if (typeof a.id !== "string" || grades.some((g) => g !== 1 && g !== 2) || !Array.isArray(a.mustNot))
      throw new Error(`Bad related judgement: ${JSON.stringify(a)}`);
  }
  return { mechanisms: raw.mechanisms ?? [], ailments };
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (index: number) => Math.log2(index + 2);

/** nDCG@k of a ranked list of ids against graded judgements (1 when nothing is expected and nothing returned). */
export function ndcgAt(ids: string[], expect: Record<string, number>, k = RELATED_TOP): number {
  const ideal = Object.values(expect)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / discount(i), 0);
  const actual = ids.slice(0, k).reduce((sum, id, i) => sum + gain(expect[id] ?? 0) / discount(i), 0);
  return ideal === 0 ? (ids.length === 0 ? 1 : 0) : actual / ideal;
}

export function judgeRelated(set: RelatedSet, judgement: RelatedJudgement, ranked: string[]): RelatedOutcome {
  const ids = ranked.slice(0, RELATED_TOP);
  const forbidden = new Set([...judgement.mustNot, ...set.mechanisms]);
  return {
    judgement,
    ids,
    ndcg: ndcgAt(ids, judgement.expect),
    mustNotFound: ids.filter((id) => forbidden.has(id)),
    missed: Object.entries(judgement.expect)
      .filter(([id, grade]) => grade === 2 && !ids.includes(id))
      .map(([id]) => id),
  };
}

/** Asks `related` for every judged ailment's top 5 and judges it. */
export async function evaluateRelated(
  set: RelatedSet,
  related: (id: string, first: number) => Promise<{ ailment: { id: string } }[]>,
): Promise<RelatedReport> {
  const outcomes: RelatedOutcome[] = [];
  for (const judgement of set.ailments) {
    const rows = await related(judgement.id, RELATED_TOP);
    outcomes.push(
      judgeRelated(
        set,
        judgement,
        rows.map((r) => r.ailment.id),
      ),
    );
  }
  return {
    outcomes,
    ndcg: outcomes.length === 0 ? 0 : outcomes.reduce((sum, o) => sum + o.ndcg, 0) / outcomes.length,
    mustNotPairs: outcomes.reduce((sum, o) => sum + o.mustNotFound.length, 0),
  };
}

/** The figures, then every ailment whose top 5 is not ideal: what it got, what it missed, what must not be there. */
export function renderRelatedReport(report: RelatedReport): string {
  const lines = [
    `Ailments judged: ${report.outcomes.length}`,
    `nDCG@${RELATED_TOP}: ${report.ndcg.toFixed(3)}`,
    `"Must not" pairs in a top ${RELATED_TOP}: ${report.mustNotPairs}`,
  ];
  const misses = report.outcomes.filter((o) => o.ndcg < 0.999 || o.mustNotFound.length > 0);
  if (misses.length > 0) lines.push("", "Not ideal:");
  for (const o of misses) {
    const parts = [`- ${o.judgement.id}: nDCG ${o.ndcg.toFixed(2)}; got ${o.ids.join(", ") || "nothing"}`];
    if (o.missed.length > 0) parts.push(`missed ${o.missed.join(", ")}`);
    if (o.mustNotFound.length > 0) parts.push(`MUST NOT ${o.mustNotFound.join(", ")}`);
    lines.push(parts.join("; "));
  }
  return lines.join("\n");
}
