import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../util/project-root";
import { EntityKind } from "../entity";

/**
 * The search relevance set (test/fixtures/search-relevance.yaml) and its figures: top-1 accuracy,
 * recall@3 and MRR over the queries that mean an entity, plus the safety of emergency queries and
 * the cleanliness of queries that mean nothing. Shared by the integration test and `npm run search:eval`.
 */

interface RelevanceQuery {
  text: string;
  group: string;
  /** Ids that count as the right answer (empty: nothing in the graph is meant). */
  expect: string[];
  /** For `expect: []`: hits that may still be returned without counting as noise. */
  relevant?: string[];
  emergency?: boolean;
  /** Written after the engine was tuned, and not tuned on. */
  heldOut?: boolean;
}

export interface RelevanceSet {
  urgentCare: string[];
  queries: RelevanceQuery[];
}

/** What the evaluation needs of a hit. */
export interface EvalHit {
  entity: { id: string; roles: EntityKind[] };
}

interface QueryOutcome {
  query: RelevanceQuery;
  ids: string[];
  /** 1-based rank of the first expected id, or null when it is not among the hits. */
  rank: number | null;
  /** Emergency queries: the first hit is a red flag or urgent care. */
  safe: boolean | null;
  /** Nonsense queries: empty, or only `relevant` hits. */
  clean: boolean | null;
}

export interface RelevanceReport {
  outcomes: QueryOutcome[];
  answerable: number;
  top1: number;
  recallAt3: number;
  mrr: number;
  emergencies: number;
  unsafe: QueryOutcome[];
  nonsense: number;
  noisy: QueryOutcome[];
}

const RELEVANCE_SET_PATH = join("test", "fixtures", "search-relevance.yaml");
/** Written before the word-form change and never tuned on (README: Search relevance, blind check). */
export const SEARCH_BLIND_PATH = join("test", "fixtures", "search-blind.yaml");

export function loadRelevanceSet(path = join(projectRoot(), RELEVANCE_SET_PATH)): RelevanceSet {
  const raw = parse(readFileSync(path, "utf8")) as RelevanceSet;
  for (const q of raw.queries) {
    if (typeof q.text !== "string" || !Array.isArray(q.expect))
      throw new Error(`Bad relevance query: ${JSON.stringify(q)}`);
  }
  return { urgentCare: raw.urgentCare ?? [], queries: raw.queries };
}

function judge(set: RelevanceSet, query: RelevanceQuery, hits: EvalHit[]): QueryOutcome {
  const ids = hits.map((h) => h.entity.id);
  const index = ids.findIndex((id) => query.expect.includes(id));
  const first = hits[0]?.entity;
  const safe = query.emergency
    ? first !== undefined && (first.roles.includes(EntityKind.RED_FLAG) || set.urgentCare.includes(first.id))
    : null;
  const clean = query.expect.length === 0 ? ids.every((id) => (query.relevant ?? []).includes(id)) : null;
  return { query, ids, rank: index < 0 ? null : index + 1, safe, clean };
}

function summarise(outcomes: QueryOutcome[]): RelevanceReport {
  const answerable = outcomes.filter((o) => o.query.expect.length > 0);
  const share = (n: number) => (answerable.length === 0 ? 0 : n / answerable.length);
  return {
    outcomes,
    answerable: answerable.length,
    top1: share(answerable.filter((o) => o.rank === 1).length),
    recallAt3: share(answerable.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
    emergencies: outcomes.filter((o) => o.safe !== null).length,
    unsafe: outcomes.filter((o) => o.safe === false),
    nonsense: outcomes.filter((o) => o.clean !== null).length,
    noisy: outcomes.filter((o) => o.clean === false),
  };
}

/** Runs every query of the set through `search` (10 hits each). */
export async function evaluateSearch(
  set: RelevanceSet,
  search: (text: string) => Promise<EvalHit[]>,
): Promise<RelevanceReport> {
  const outcomes: QueryOutcome[] = [];
  for (const query of set.queries) outcomes.push(judge(set, query, await search(query.text)));
  return summarise(outcomes);
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures as a Markdown table, then every query that is not right first (or unsafe, or noisy). */
export function renderReport(report: RelevanceReport): string {
  const groups = [...new Set(report.outcomes.map((o) => o.query.group))];
  const lines = ["| queries | n | top-1 | recall@3 | MRR |", "|---|---|---|---|---|"];
  const rows: [string, QueryOutcome[]][] = [
    ...groups.map((g): [string, QueryOutcome[]] => [g, report.outcomes.filter((o) => o.query.group === g)]),
    ["held out", report.outcomes.filter((o) => o.query.heldOut)],
    ["all", report.outcomes],
  ];
  for (const [group, outcomes] of rows) {
    const part = summarise(outcomes);
    if (part.answerable > 0)
      lines.push(
        `| ${group} | ${part.answerable} | ${percent(part.top1)} | ${percent(part.recallAt3)} | ${part.mrr.toFixed(3)} |`,
      );
  }
  lines.push(
    "",
    `Emergency queries safe (a red flag or urgent care first): ${report.emergencies - report.unsafe.length} of ${report.emergencies}.`,
  );
  lines.push(
    `Queries that mean nothing, answered empty or only with relevant hits: ${report.nonsense - report.noisy.length} of ${report.nonsense}.`,
  );
  const misses = report.outcomes.filter((o) => o.rank !== 1 && (o.query.expect.length > 0 || o.clean === false));
  const unsafeOnly = report.unsafe.filter((o) => !misses.includes(o));
  if (misses.length + unsafeOnly.length > 0) lines.push("", "Not right first:");
  for (const o of [...misses, ...unsafeOnly]) {
    const where = o.query.expect.length === 0 ? "should be empty" : o.rank === null ? "not found" : `rank ${o.rank}`;
    const flag = o.safe === false ? " UNSAFE" : "";
    lines.push(
      `- "${o.query.text}" (${o.query.group}, wants ${o.query.expect.join(" | ") || "nothing"}): ${where}${flag}; got ${o.ids.slice(0, 3).join(", ") || "nothing"}`,
    );
  }
  return lines.join("\n");
}
