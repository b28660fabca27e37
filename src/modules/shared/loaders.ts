import DataLoader from "dataloader";
import type { Database } from "../../db/database";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";
import { createLinkLoader, LinkBudget } from "../links/link.loader";
import type { LinkKey, LinkRecord } from "../links/link.record";
import { SourceRecord, toSourceRecord } from "../source/source.record";

/**
 * Per-request batching: every entity or source asked for while resolving one operation is read
 * in one query per tick, so nested fields never cost a query per item.
 */
export interface Loaders {
  entityById: DataLoader<string, EntityRecord | null>;
  sourceById: DataLoader<string, SourceRecord | null>;
  /** Neighbours keyed by (id, relationship types, direction, neighbour label): one query per tick. */
  links: DataLoader<LinkKey, LinkRecord[], string>;
}

export function createLoaders(
  db: Database,
  { budget, linksPerList }: { budget: LinkBudget; linksPerList: number },
): Loaders {
  return {
    entityById: new DataLoader(async (ids) => {
      const rows = await db.readRows<{ node: NodeRow }>("entity/by-ids", { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.node.id, toEntityRecord(row.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sourceById: new DataLoader(async (ids) => {
      const rows = await db.readRows<{ source: Record<string, unknown> }>("source/by-ids", { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.source.id as string, toSourceRecord(row.source)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    links: createLinkLoader(db, { budget, linksPerList }),
  };
}
