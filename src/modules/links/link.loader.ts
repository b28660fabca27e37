import DataLoader from "dataloader";
import { forTypes } from "../../db/query-names";
import type { Database } from "../../db/database";
import { OUTCOME_TYPES } from "../graph";
import { LinkKey, linkKeyString, LinkRecord, LinkRow, nodePropsToRead, toLinkRecord } from "./link.record";

/** The request's result budget as the link loader uses it (graphql/result-budget.ts). */
export interface LinkBudget {
  readonly remainingItems: number;
  spendCounted<T>(value: T, items: number, bytes: number): T;
  /** Throws once the budget is spent. */
  assertOpen(): void;
}

/**
 * What every link read returns besides its selection: the neighbour's kind (nodePropsToRead), and on
 * TREATED_BY and PREVENTED_BY lists the outcome, by which they drop the links that do not help
 * (link.record.ts, helps).
 */
const OUTCOME_READ_TYPES: readonly string[] = OUTCOME_TYPES;

/** Keys as the link queries take them: plain lists, the properties to read, the position of their rows. */
export function linkKeyParams(keys: readonly LinkKey[]) {
  return keys.map(({ id, types, direction, label, fields }, position) => {
    const withOutcome = types.some((t) => OUTCOME_READ_TYPES.includes(t));
    return {
      ...{ id, types: [...types], direction, label, position },
      nodeProps: nodePropsToRead(fields.node),
      relProps: [...new Set([...fields.relation, ...(withOutcome ? ["outcome"] : [])])],
    };
  });
}

/** The rows of a link query as one record list per key, in key order. */
export function linkRecordsByKey(keys: ReturnType<typeof linkKeyParams>, rows: readonly LinkRow[]): LinkRecord[][] {
  const lists = keys.map((): LinkRecord[] => []);
  for (const row of rows) lists[row.position]?.push(toLinkRecord(keys[row.position], row));
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
      const params = linkKeyParams(keys);
      // Written out for the relationship types the keys ask for alone (cypher-files.ts, forTypes).
      const query = forTypes(
        "links/by-keys",
        keys.flatMap((key) => key.types),
      );
      const rows = await db.readRows<LinkRow & Record<string, unknown>>(query, {
        keys: params,
        perEntity: linksPerList,
        maxRows,
      });
      if (rows.length >= maxRows) budget.spendCounted(rows, rows.length, 0);
      return linkRecordsByKey(params, rows);
    },
    { cacheKeyFn: linkKeyString },
  );
}
