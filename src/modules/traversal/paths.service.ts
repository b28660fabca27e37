import { pageSize } from "../../util/page-size";
import { EntityKind } from "../entity";
import type { NodeRow } from "../entity";
import { GraphPathRecord, toGraphPathRecord, toPathRecord } from "../graph";
import type { RelationRow } from "../graph";
import { queryWithEntities, requireEntities } from "./require-entity";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import type { CauseTreatmentPathsArgs, ShortestPathArgs } from "./traversal.args";
import type { ServiceDeps } from "../shared";

type PathRow = { nodes: NodeRow[]; relationships: RelationRow[] };

/** Bounded path searches; the Cypher patterns stop at the hop caps whatever the arguments. */
export class PathsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Ailment -> cause (-> what brings it on)* -> therapy, shortest first. */
  async causeTreatmentPaths({ from, to, maxHops, first }: CauseTreatmentPathsArgs): Promise<GraphPathRecord[]> {
    // The range is checked on the arguments (traversal.args.ts); the page cap depends on the config.
    const hops = maxHops ?? TRAVERSAL_LIMITS.pathHops.default;
    const limit = pageSize({
      value: first,
      fallback: TRAVERSAL_LIMITS.pathsFirst,
      max: this.deps.config.limits.maxPageSize,
    });
    const wanted: { id: string; argument: string; kind: EntityKind }[] = [
      { id: from, argument: "from", kind: EntityKind.AILMENT },
    ];
    if (to) wanted.push({ id: to, argument: "to", kind: EntityKind.THERAPY });
    const [, rows] = await queryWithEntities(this.deps.loaders, wanted, () =>
      this.deps.db.readRows<PathRow>("traversal/cause-treatment-paths", {
        from,
        to: to ?? null,
        maxHops: hops,
        first: limit,
      }),
    );
    return rows.map((row) => toGraphPathRecord(row.nodes, row.relationships));
  }

  /** Null when the two are not joined within maxHops; a one-node path when from = to. */
  async shortestPath({ from, to, maxHops }: ShortestPathArgs): Promise<GraphPathRecord | null> {
    const hops = maxHops ?? TRAVERSAL_LIMITS.shortestHops.default;
    const wanted = [
      { id: from, argument: "from" },
      { id: to, argument: "to" },
    ];
    if (from === to) {
      // Neo4j's shortestPath refuses a path from a node to itself; that path is just the node.
      const [start] = await requireEntities(this.deps.loaders, wanted);
      return toPathRecord([start], []);
    }
    const [, [row]] = await queryWithEntities(this.deps.loaders, wanted, () =>
      this.deps.db.readRows<PathRow>("traversal/shortest-path", { from, to, maxHops: hops }),
    );
    return row ? toGraphPathRecord(row.nodes, row.relationships) : null;
  }
}
