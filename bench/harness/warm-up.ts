/**
 * How long each server is loaded, unmeasured, before its first measured cell and before each
 * graph size's latency probes.
 *
 * A fresh Node server is not at its steady state for its first 10 to 20 seconds under load: V8
 * compiles the hot paths and the heap sizes itself. On the nested query, consecutive 4 s slices from
 * a fresh process gave 842 and then about 1,240 req/s for the API; 1,239, 1,334 and then about
 * 1,490 for the bare handler; 333, 588, 645, 724 and then about 770 for @neo4j/graphql. Without a
 * warm-up pass, whichever operation is measured first pays for it, on every server by a different
 * amount. (Every measured cell also follows its own second of unmeasured load, in every round.)
 *
 * Every server gets the same number of slices, cycling through the operations it serves, so a server
 * that serves fewer operations is not warmed for less time.
 */
export function warmUpSlices<K, T>(callsByServer: ReadonlyMap<K, readonly T[]>): { server: K; call: T }[] {
  const slices = Math.max(0, ...[...callsByServer.values()].map((calls) => calls.length));
  const plan: { server: K; call: T }[] = [];
  for (const [server, calls] of callsByServer) {
    if (calls.length === 0) continue;
    for (let i = 0; i < slices; i++) plan.push({ server, call: calls[i % calls.length] });
  }
  return plan;
}
