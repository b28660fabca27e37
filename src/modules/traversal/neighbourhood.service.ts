import type { Database } from "../../db/database";
import { BadUserInputError, NotFoundError } from "../../errors/api-errors";
import { assertSlug } from "../../util/ids";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";
import { isRelationType, RELATION_TYPES } from "../graph/relation-type";
import { RelationRecord, RelationRow, toRelationRecord } from "../graph/relation.record";
import { inRange } from "./require-entity";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import type { NeighbourhoodArgs } from "./traversal.args";

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relationships: RelationRecord[];
  truncated: boolean;
}

/** The subgraph around an entity, capped so it stays drawable; every relationship's ends are in `nodes`. */
export class NeighbourhoodService {
  private readonly db: Database;

  constructor({ db }: { db: Database }) {
    this.db = db;
  }

  async around({ id, depth, relationTypes }: NeighbourhoodArgs): Promise<SubgraphRecord> {
    assertSlug(id, "id");
    const hops = inRange({ value: depth, range: TRAVERSAL_LIMITS.depth, argument: "depth" });
    const unknown = (relationTypes ?? []).filter((t) => !isRelationType(t));
    if (unknown.length > 0) {
      throw new BadUserInputError(`relationTypes: unknown type ${unknown.map((t) => JSON.stringify(t.slice(0, 60))).join(", ")}; use ${RELATION_TYPES.join(", ")}`, {
        argument: "relationTypes",
      });
    }
    const [row] = await this.db.readRows<{ nodes: NodeRow[]; relationships: RelationRow[]; truncated: boolean }>("traversal/neighbourhood", {
      id,
      depth: hops,
      types: relationTypes && relationTypes.length > 0 ? [...new Set(relationTypes)] : null,
      nodeCap: TRAVERSAL_LIMITS.neighbourhoodNodes,
      relCap: TRAVERSAL_LIMITS.neighbourhoodRelationships,
    });
    if (!row) throw new NotFoundError(`id: no entity with id ${JSON.stringify(id)}`, { argument: "id", id });
    return { nodes: row.nodes.map(toEntityRecord), relationships: row.relationships.map(toRelationRecord), truncated: row.truncated };
  }
}
