import DataLoader from "dataloader";
import type { Database } from "../db/database";
import { NodeRow, toEntityRecord } from "../modules/entity";
import { createLinkLoader, LinkBudget } from "../modules/links";
import type { Loaders } from "../modules/shared";
import { toSourceRecord } from "../modules/source";

/** A request's loaders (modules/shared/loaders.ts): entities and sources by id, link lists by key. */
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
