import { Case, ServerLabel } from "../workload/case";
import type { Operation, WorkloadContext } from "../workload/operations";
import { isTransient } from "./outcome";

/**
 * Before any load: every case of every operation is put to every server that serves it, and the
 * answers are compared. The API's variant, the plain Apollo server and the bare server must give the
 * API's data byte for byte (same fields, names and order of items, object keys sorted); the
 * @neo4j/graphql peer must give the same answer once both are put in the operation's common view.
 * A difference or an error fails the run; null and empty answers are counted and reported. A case
 * a server kept refusing as busy (outcome.ts) could not be compared: it is listed apart.
 */
export interface AnswerCheck {
  operation: string;
  cases: number;
  servers: ServerLabel[];
  /** Cases whose (API) answer is null or empty. */
  empty: string[];
  differences: string[];
  /** Cases not compared because a server still answered "busy, try again" after two more tries. */
  transient: string[];
}

const RAW_EQUAL: ReadonlySet<ServerLabel> = new Set(["api-managed", "api-no-look-ahead", "apollo", "bare"]);

/** JSON with object keys sorted, so key order does not count as a difference. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One answer; a transient refusal is asked again (twice, after a pause): this check is about equality, not capacity. */
async function ask(
  url: string,
  request: NonNullable<Case["asks"][ServerLabel]>,
): Promise<{ data?: Record<string, unknown>; problem?: string }> {
  for (let attempt = 0; ; attempt++) {
    const answer = await askOnce(url, request);
    if (answer.data || attempt >= 2 || !isTransient(answer.problem ?? "")) return answer;
    await sleep(2_000);
  }
}

async function askOnce(
  url: string,
  request: NonNullable<Case["asks"][ServerLabel]>,
): Promise<{ data?: Record<string, unknown>; problem?: string }> {
  try {
    const response = await fetch(url + request.path, {
      method: request.method,
      headers: { "content-type": "application/json", accept: "application/json", ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    // A conditional GET's success: compared as such (each server revalidates its own ETag).
    if (response.status === 304 && text === "") return { data: { notModified: true } };
    const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown };
    if (response.status !== 200 || parsed.errors !== undefined || !parsed.data)
      return { problem: `HTTP ${response.status}: ${text.slice(0, 300)}` };
    return { data: parsed.data };
  } catch (error) {
    return { problem: String(error) };
  }
}

function uniqueCases(operation: Operation, ctx: WorkloadContext): Case[] {
  const all = [...operation.load(ctx), ...(operation.hub?.(ctx) ?? []), ...(operation.leaf?.(ctx) ?? [])];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = c.asks.api ? `${c.asks.api.path} ${c.asks.api.body ?? ""}` : c.label;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** At most `limit` of the cases, spread evenly over the list (hub and leaf cases come last). */
export function spreadSample<T>(items: readonly T[], limit: number | null): T[] {
  if (limit === null || items.length <= limit) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * (items.length - 1)) / Math.max(1, limit - 1))]);
}

/** `maxCases`: compare only that many cases, spread over the operation's (the quick mode); null: all. */
export async function checkAnswers(
  operation: Operation,
  ctx: WorkloadContext,
  urls: ReadonlyMap<ServerLabel, string>,
  maxCases: number | null = null,
): Promise<AnswerCheck> {
  const cases = spreadSample(uniqueCases(operation, ctx), maxCases);
  const servers = new Set<ServerLabel>();
  const check: AnswerCheck = {
    operation: operation.name,
    cases: cases.length,
    servers: [],
    empty: [],
    differences: [],
    transient: [],
  };
  const refused = (label: ServerLabel, asked: Case, problem = "") =>
    isTransient(problem)
      ? check.transient.push(`${asked.label}: ${label} stayed busy: ${problem.slice(0, 200)}`)
      : check.differences.push(`${asked.label}: ${label} answered with an error: ${problem}`);
  const view = (label: ServerLabel, data: Record<string, unknown>, asked: Case) =>
    operation.view ? operation.view(label, data, asked) : data;
  for (const asked of cases) {
    const apiUrl = urls.get("api");
    if (!apiUrl || !asked.asks.api) continue;
    const api = await ask(apiUrl, asked.asks.api);
    if (!api.data) {
      refused("api", asked, api.problem);
      continue;
    }
    servers.add("api");
    if (operation.empty(api.data)) check.empty.push(asked.label);
    // The other servers are separate processes: they are asked at once.
    const others = (Object.entries(asked.asks) as [ServerLabel, Case["asks"][ServerLabel]][]).flatMap(
      ([label, request]) => {
        const url = urls.get(label);
        return label === "api" || !url || !request ? [] : [{ label, answer: ask(url, request) }];
      },
    );
    for (const { label, answer } of others) {
      servers.add(label);
      const other = await answer;
      if (!other.data) {
        refused(label, asked, other.problem);
        continue;
      }
      const [mine, theirs] = RAW_EQUAL.has(label)
        ? [canonical(api.data), canonical(other.data)]
        : [canonical(view("api", api.data, asked)), canonical(view(label, other.data, asked))];
      if (mine !== theirs)
        check.differences.push(
          `${asked.label}: ${label} answers differently:\n    api:   ${mine.slice(0, 400)}\n    ${label}: ${theirs.slice(0, 400)}`,
        );
    }
  }
  check.servers = [...servers];
  return check;
}
