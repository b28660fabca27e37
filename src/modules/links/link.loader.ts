import DataLoader from "dataloader";
import type { Database } from "../../db/database";
import { LinkKey, linkKeyString, LinkRecord, LinkRow, toLinkRecord } from "./link.record";

/** Neighbours per entity and key; generous, because a node's own links are few in this model. */
export const LINKS_PER_ENTITY = 200;

/**
 * Every link list asked for in one tick (20 ailments x causes, therapies...) is read by ONE query,
 * whatever the mix of ids, types and directions.
 */
export function createLinkLoader(db: Database): DataLoader<LinkKey, LinkRecord[], string> {
  return new DataLoader(
    async (keys) => {
      const params = keys.map((key) => ({ ...key, types: [...key.types], key: linkKeyString(key) }));
      const rows = await db.readRows<LinkRow & Record<string, unknown>>("links/by-keys", { keys: params, perEntity: LINKS_PER_ENTITY });
      const byKey = new Map<string, LinkRecord[]>(params.map((p) => [p.key, []]));
      const askingId = new Map(params.map((p) => [p.key, p.id]));
      for (const row of rows) byKey.get(row.key)?.push(toLinkRecord(askingId.get(row.key)!, row));
      return params.map((p) => byKey.get(p.key) ?? []);
    },
    { cacheKeyFn: linkKeyString },
  );
}
