import DataLoader from "dataloader";
import type { Database } from "../../db/database";
import { LinkKey, linkKeyString, LinkRecord, LinkRow, toLinkRecord } from "./link.record";

/** Neighbours per entity and key; generous, because a node's own links are few in this model. */
export const LINKS_PER_ENTITY = 200;

/** Keys as the link queries take them: plain lists, and the position rows come back under. */
export function linkKeyParams(keys: readonly LinkKey[]) {
  return keys.map((key, position) => ({ ...key, types: [...key.types], position }));
}

/** The rows of a link query (`position`, `node`, `relation`) as one record list per key, in key order. */
export function linkRecordsByKey(keys: readonly LinkKey[], rows: readonly LinkRow[]): LinkRecord[][] {
  const lists = keys.map((): LinkRecord[] => []);
  for (const row of rows) lists[row.position]?.push(toLinkRecord(keys[row.position].id, row));
  return lists;
}

/**
 * Every link list asked for in one tick (20 ailments x causes, therapies...) is read by ONE query,
 * whatever the mix of ids, types and directions.
 */
export function createLinkLoader(db: Database): DataLoader<LinkKey, LinkRecord[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await db.readRows<LinkRow & Record<string, unknown>>("links/by-keys", { keys: linkKeyParams(keys), perEntity: LINKS_PER_ENTITY });
      return linkRecordsByKey(keys, rows);
    },
    { cacheKeyFn: linkKeyString },
  );
}
