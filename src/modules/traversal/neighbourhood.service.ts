import type { Database } from "../../db/database";
import { fieldsOf, NotFoundError } from "../../errors/api-errors";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { RELATION_TYPES, RelationRecord, RelationRow, toRelationRecord } from "../graph";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import type { NeighbourhoodArgs } from "./traversal.args";

export interface SubgraphRecord {
  id: string;
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
    // Id and depth are checked on the arguments (traversal.args.ts).
    const hops = depth ?? TRAVERSAL_LIMITS.depth.default;
    // The RelationType enum admits only the model's types; none given means all of them.
    const types = relationTypes && relationTypes.length > 0 ? [...new Set(relationTypes)].sort() : null;
    const [row] = await this.db.readRows<{ nodes: NodeRow[]; relationships: RelationRow[]; truncated: boolean }>(
      "traversal/neighbourhood",
      {
        id,
        depth: hops,
        types: types ?? [...RELATION_TYPES],
        nodeCap: TRAVERSAL_LIMITS.neighbourhoodNodes,
        relCap: TRAVERSAL_LIMITS.neighbourhoodRelationships,
      },
    );
    if (!row) {
      const message = `id: no entity with id ${JSON.stringify(id)}`;
      throw new NotFoundError(message, { ...fieldsOf("id", message), id });
    }
    return {
      id: `${id}/${hops}/${types ? types.join(",") : "*"}`,
      nodes: row.nodes.map(toEntityRecord),
      relationships: row.relationships.map(toRelationRecord),
      truncated: row.truncated,
    };
  }
}
