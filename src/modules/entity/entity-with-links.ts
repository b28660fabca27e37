import type { Database } from "../../db/database";
import { linkKeyParams, linkRecordsByKey } from "../links/link.loader";
import type { LinkKey, LinkRecord, LinkRow } from "../links/link.record";
import { EntityRecord, NodeRow, toEntityRecord } from "./entity.record";

/**
 * One entity and its link lists for `keys` (all naming that entity), in one read
 * (entity/with-links.cypher); null when there is no such entity. The lists come in key order.
 */
export async function readEntityWithLinks(
  db: Database,
  id: string,
  keys: readonly LinkKey[],
  perEntity: number,
): Promise<{ entity: EntityRecord; links: LinkRecord[][] } | null> {
  const [row] = await db.readRows<{ node: NodeRow; links: LinkRow[] }>("entity/with-links", {
    id,
    keys: linkKeyParams(keys),
    perEntity,
  });
  return row ? { entity: toEntityRecord(row.node), links: linkRecordsByKey(keys, row.links) } : null;
}
