import type { ManagedTransaction, RecordShape } from "neo4j-driver";
import { cypher, type QueryText } from "./cypher-files";

export type Row = Record<string, unknown>;

/**
 * What a `Database.read` / `Database.write` callback gets: named queries of cypher/queries run
 * in the transaction the Database opened, answered as plain rows. Callers never see the driver,
 * and never pass query text, so user text cannot become Cypher.
 */
export interface Tx {
  /** Runs cypher/queries/<queryName>.cypher and returns its rows as plain objects. */
  rows<T extends Row = Row>(queryName: string, params?: Row): Promise<T[]>;
  /** Runs a named query whose rows nobody reads (a write, a lock). */
  run(queryName: string, params?: Row): Promise<void>;
}

export async function statementRows<T extends Row>(tx: ManagedTransaction, text: string, params: Row): Promise<T[]> {
  const result = await tx.run<RecordShape>(text, params);
  return result.records.map((record) => record.toObject() as T);
}

/** The handle over one managed transaction of the driver; `text` finds the named queries. */
export function queryTx(tx: ManagedTransaction, text: QueryText = cypher): Tx {
  return {
    rows: <T extends Row = Row>(queryName: string, params: Row = {}) => statementRows<T>(tx, text(queryName), params),
    run: async (queryName: string, params: Row = {}) => {
      await tx.run(text(queryName), params);
    },
  };
}
