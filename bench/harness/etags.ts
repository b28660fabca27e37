import type { ServerLabel } from "../workload/case";
import type { Operation, WorkloadContext } from "../workload/operations";

/**
 * Each server's current ETag for every GET its conditional operations ask, fetched once with the
 * headers the load generator sends (the API's ETag depends on Accept) and no compression, so the
 * load's If-None-Match names the answer the server would send: every conditional request is a 304.
 */
export async function revalidationTags(
  operations: readonly Operation[],
  ctx: WorkloadContext,
  urls: ReadonlyMap<ServerLabel, string>,
): Promise<NonNullable<WorkloadContext["etags"]>> {
  const tags: NonNullable<WorkloadContext["etags"]> = {};
  for (const operation of operations.filter((o) => o.conditional)) {
    const cases = [...operation.load(ctx), ...(operation.hub?.(ctx) ?? []), ...(operation.leaf?.(ctx) ?? [])];
    for (const asked of cases) {
      for (const [label, request] of Object.entries(asked.asks) as [ServerLabel, (typeof asked.asks)[ServerLabel]][]) {
        const url = urls.get(label);
        if (!url || !request || request.method !== "GET") continue;
        const response = await fetch(url + request.path, {
          headers: { "content-type": "application/json", accept: "application/json", "accept-encoding": "identity" },
        });
        const body = await response.text();
        const etag = response.headers.get("etag");
        if (response.status !== 200 || !etag)
          throw new Error(
            `${label} gave no ETag for GET ${request.path.slice(0, 120)}: HTTP ${response.status} ${body.slice(0, 200)}`,
          );
        (tags[label] ??= {})[request.path] = etag;
      }
    }
  }
  return tags;
}
