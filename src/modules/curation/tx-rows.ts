import type { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../db/cypher-files";
import type { Row } from "../../db/database";

/** Runs one named file of cypher/queries inside a transaction opened by db.write, as plain rows. */
export async function txRows<T extends Row = Row>(tx: ManagedTransaction, queryName: string, params: Row): Promise<T[]> {
  const result = await tx.run(cypher(queryName), params);
  return result.records.map((record) => record.toObject() as T);
}
