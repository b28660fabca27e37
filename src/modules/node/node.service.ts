import type { ServiceDeps } from "../shared";
import type { EntityRecord } from "../entity";
import { isRelationType, parseRelationId, RelationRecord, RelationRow, toRelationRecord } from "../graph";
import type { SourceRecord } from "../source";

export type NodeRecord = EntityRecord | SourceRecord | RelationRecord;

/**
 * node(id): entities and sources share one slug id space; relation ids are `<from>:<TYPE>:<to>`.
 * The id's form is checked on the argument (node.args.ts).
 */
export class NodeService {
  constructor(private readonly deps: Pick<ServiceDeps, "db" | "loaders">) {}

  async byId(id: string): Promise<NodeRecord | null> {
    const key = parseRelationId(id);
    if (key) {
      if (!isRelationType(key.type)) return null;
      const [row] = await this.deps.db.readRows<{ relation: RelationRow }>("relation/by-key", key);
      return row ? toRelationRecord(row.relation) : null;
    }
    const { entityById, sourceById } = this.deps.loaders;
    const [entity, source] = await Promise.all([entityById.load(id), sourceById.load(id)]);
    return entity ?? source;
  }
}
