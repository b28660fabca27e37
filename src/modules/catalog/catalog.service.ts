import type { AppConfig } from "../../config/config";
import type { Database } from "../../db/database";
import { pageSize } from "../../util/page-size";
import { EntityKind, KIND_LABEL, EntityRecord } from "../entity";
import { ALL_LINK_FIELDS, type NodeProperty, nodePropsToRead, toReadEntity } from "../links";
import { BadUserInputError } from "../../errors/api-errors";
import type { ContraindicationListArgs, ListArgs } from "./catalog.args";
import { decodeCursor, encodeCursor } from "./cursor";

export const DEFAULT_PAGE_SIZE = 20;

/** Sorts after every name and id Neo4j stores (its strings compare by UTF-16 code unit). */
const END_OF_LIST = "\uffff";

/**
 * True for a backward page (`last` / `before`). Mixing directions is refused, as Relay advises:
 * `first` with `last`, `first` with `before` or `last` with `after` has no single meaning.
 */
function checkDirection({ first, last, after, before }: ListArgs): boolean {
  const given = (value: unknown) => value !== null && value !== undefined;
  const mixed = [
    given(first) && given(last) && ["first", "last"],
    given(first) && given(before) && ["first", "before"],
    given(last) && given(after) && ["last", "after"],
  ].find((pair): pair is string[] => Array.isArray(pair));
  if (mixed) {
    const message = `${mixed[0]} and ${mixed[1]} page in opposite directions; use first/after to read forwards or last/before to read backwards`;
    throw new BadUserInputError(
      message,
      mixed.map((field) => ({ field, messages: [message] })),
    );
  }
  return given(last) || given(before);
}

/** A node as the page statements return it: id, name, labels, and the values of the requested properties. */
interface PageNodeRow {
  id: string;
  name: string;
  labels: string[];
  node: unknown[];
}

export interface ConnectionRecord {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /**
   * A getter, read only when a client selects `totalCount`: unfiltered, the page's own statement
   * counted the kind (from the count store); filtered, a count statement runs only then.
   */
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

  /**
   * One page, forwards (`first`, `after`) or backwards (`last`, `before`, read in reverse index
   * order and turned round), so a client paging back costs what paging on does. `nodeFields`: the
   * stored properties the request shows beyond id, name and labels (its selection); every one by default.
   */
  async page(
    kind: EntityKind,
    args: ContraindicationListArgs,
    nodeFields: readonly NodeProperty[] = ALL_LINK_FIELDS.node,
  ): Promise<ConnectionRecord> {
    const backwards = checkDirection(args);
    const limit = backwards
      ? pageSize({
          value: args.last,
          fallback: DEFAULT_PAGE_SIZE,
          max: this.config.limits.maxPageSize,
          argument: "last",
        })
      : pageSize({ value: args.first, fallback: DEFAULT_PAGE_SIZE, max: this.config.limits.maxPageSize });
    const after = args.after ? decodeCursor(args.after, "after") : null;
    const before = args.before ? decodeCursor(args.before, "before") : null;
    const blankToNull = (value: string | null | undefined) => (value && value.trim() !== "" ? value.trim() : null);
    const filters = {
      label: KIND_LABEL[kind],
      nameContains: blankToNull(args.nameContains)?.toLowerCase() ?? null,
      category: blankToNull(args.category),
      severity: args.severity ?? null,
      scope: args.scope ?? null,
    };
    // One template per direction, filled with the kind label: a static label lets Neo4j read its name index.
    const nodeProps = nodePropsToRead(nodeFields);
    const [row] = await this.db.readRows<{ nodes: PageNodeRow[]; total: number }>(
      `catalog/${backwards ? "page-backward" : "page"}:${KIND_LABEL[kind]}`,
      {
        ...filters,
        limit,
        nodeProps,
        // "" sorts before every name, so the first page starts at the beginning of the index;
        // END_OF_LIST after every name, so `last` without `before` reads the end.
        afterName: after?.name ?? "",
        afterId: after?.id ?? "",
        beforeName: before?.name ?? END_OF_LIST,
        beforeId: before?.id ?? END_OF_LIST,
      },
    );
    // Unfiltered, the page's statement counted the kind too (from the count store); filtered, a count reads.
    const filtered = [filters.nameContains, filters.category, filters.severity, filters.scope].some((f) => f !== null);
    const count = () => (filtered ? this.countFiltered(filters) : Promise.resolve(row.total));
    const more = row.nodes.length > limit;
    const read = row.nodes.slice(0, limit).map((node) => toReadEntity(nodeProps, node));
    const nodes = backwards ? read.reverse() : read;
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      get totalCount() {
        return count();
      },
      pageInfo: {
        hasNextPage: backwards ? before !== null : more,
        hasPreviousPage: backwards ? more : after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async countFiltered(filters: {
    label: string;
    nameContains: string | null;
    category: string | null;
    severity: string | null;
    scope: string | null;
  }): Promise<number> {
    const [row] = await this.db.readRows<{ total: number }>("catalog/count-filtered", filters);
    return row?.total ?? 0;
  }
}
