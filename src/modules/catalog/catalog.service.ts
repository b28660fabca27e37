import type { AppConfig } from "../../config/config";
import type { Database } from "../../db/database";
import { pageSize } from "../../util/page-size";
import { EntityKind, KIND_LABEL } from "../entity/entity-kind.enum";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";
import type { ContraindicationListArgs } from "./catalog.args";
import { decodeCursor, encodeCursor } from "./cursor";

export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionRecord {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A getter, read only when a client selects `totalCount`, so plain paging never counts. */
  readonly totalCount: Promise<number>;
}

/** Lists of one kind with keyset (name, id) pagination: no SKIP, so page 1,000 costs what page 1 does. */
export class CatalogService {
  private readonly db: Database;
  private readonly config: AppConfig;

  constructor({ db, config }: { db: Database; config: AppConfig }) {
    this.db = db;
    this.config = config;
  }

  async page(kind: EntityKind, args: ContraindicationListArgs): Promise<ConnectionRecord> {
    const limit = pageSize({ value: args.first, fallback: DEFAULT_PAGE_SIZE, max: this.config.limits.maxPageSize });
    const after = args.after ? decodeCursor(args.after) : null;
    const blankToNull = (value: string | null | undefined) => (value && value.trim() !== "" ? value.trim() : null);
    const filters = {
      label: KIND_LABEL[kind],
      nameContains: blankToNull(args.nameContains)?.toLowerCase() ?? null,
      category: blankToNull(args.category),
      severity: args.severity ?? null,
      scope: args.scope ?? null,
    };
    // One query file per kind: a static label lets Neo4j read that kind's own name index.
    const [row] = await this.db.readRows<{ nodes: NodeRow[] }>(`catalog/page-${kind.toLowerCase()}`, {
      ...filters,
      limit,
      // "" sorts before every name: the first page starts at the beginning of the index.
      afterName: after?.name ?? "",
      afterId: after?.id ?? "",
    });
    const count = () => this.count(filters);
    const nodes = row.nodes.slice(0, limit).map(toEntityRecord);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      get totalCount() {
        return count();
      },
      pageInfo: {
        hasNextPage: row.nodes.length > limit,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async count(filters: { label: string; nameContains: string | null; category: string | null; severity: string | null; scope: string | null }): Promise<number> {
    const filtered = filters.nameContains !== null || filters.category !== null || filters.severity !== null || filters.scope !== null;
    const [row] = await this.db.readRows<{ total: number }>(filtered ? "catalog/count-filtered" : "catalog/count-all", filters);
    return row?.total ?? 0;
  }
}
