import { BadUserInputError } from "../../errors/api-errors";
import type { ServiceDeps } from "../shared/service-deps";
import { isSlug } from "../../util/ids";
import type { EntityRecord } from "../entity/entity.record";
import { isRelationType } from "../graph/relation-type";
import { parseRelationId, RelationRecord, RelationRow, toRelationRecord } from "../graph/relation.record";
import type { SourceRecord } from "../source/source.record";

export type NodeRecord = EntityRecord | SourceRecord | RelationRecord;

/** node(id): entities and sources share one slug id space; relation ids are `<from>:<TYPE>:<to>`. */
export class NodeService {
  constructor(private readonly deps: Pick<ServiceDeps, "db" | "loaders">) {}

  async byId(id: string): Promise<NodeRecord | null> {
    const key = parseRelationId(id);
    if (key) {
      if (!isRelationType(key.type)) return null;
      const [row] = await this.deps.db.readRows<{ relation: RelationRow }>("relation/by-key", key);
      return row ? toRelationRecord(row.relation) : null;
    }
    if (!isSlug(id)) {
      const got = JSON.stringify(id.slice(0, 120));
      const message = `id must be an entity or source slug (muscle-spasm) or a relation id (a:CAUSED_BY:b), got ${got}`;
      throw BadUserInputError.of("id", message);
    }
    const { entityById, sourceById } = this.deps.loaders;
    const [entity, source] = await Promise.all([entityById.load(id), sourceById.load(id)]);
    return entity ?? source;
  }
}
