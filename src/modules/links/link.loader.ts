import DataLoader from "dataloader";
import type { Database } from "../../db/database";
import { LinkKey, linkKeyString, LinkRecord, LinkRow, toLinkRecord } from "./link.record";

/** The request's result budget as the link loader uses it (graphql/result-budget.ts). */
export interface LinkBudget {
  readonly remainingItems: number;
  spendCounted<T>(value: T, items: number, bytes: number): T;
  /** Throws once the budget is spent. */
  assertOpen(): void;
}

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
 * whatever the mix of ids, types and directions. At most `linksPerList` neighbours per key.
 */
export function createLinkLoader(
  db: Database,
  { budget, linksPerList }: { budget: LinkBudget; linksPerList: number },
): DataLoader<LinkKey, LinkRecord[], string> {
  return new DataLoader(
    async (keys) => {
      // Never more rows than the request may still produce (plus one, to notice the crossing): a
      // fan-out that would outgrow the budget is stopped by the database's LIMIT, not after the read.
      // (The lists are counted against the budget as they are handed out, by LinkService.)
      const maxRows = budget.remainingItems + 1;
      const rows = await db.readRows<LinkRow & Record<string, unknown>>("links/by-keys", {
        keys: linkKeyParams(keys),
        perEntity: linksPerList,
        maxRows,
      });
      if (rows.length >= maxRows) budget.spendCounted(rows, rows.length, 0);
      return linkRecordsByKey(keys, rows);
    },
    { cacheKeyFn: linkKeyString },
  );
}
