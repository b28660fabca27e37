import type { ServiceDeps } from "../../graphql/service-deps";
import { assertSlug } from "../../util/ids";
import type { LinkRequest } from "../links/link-fields";
import { linkKeyParams, linkRecordsByKey, LINKS_PER_ENTITY } from "../links/link.loader";
import type { LinkRow } from "../links/link.record";
import { EntityKind } from "./entity-kind.enum";
import { EntityRecord, NodeRow, toEntityRecord } from "./entity.record";

export class EntityService {
  private readonly deps: Pick<ServiceDeps, "db" | "loaders">;

  constructor({ db, loaders }: ServiceDeps) {
    this.deps = { db, loaders };
  }

  /**
   * The entity, or null. `withLinks` are the link lists the caller will ask for next (the nested
   * fields of its query): they are read in the same query and left in the link loader's cache.
   */
  async byId(id: string, withLinks: readonly LinkRequest[] = []): Promise<EntityRecord | null> {
    assertSlug(id, "id");
    return withLinks.length === 0 ? this.deps.loaders.entityById.load(id) : this.readWithLinks(id, withLinks);
  }

  /** The entity when it plays the given kind (stress is both a cause and an ailment), else null. */
  async byIdOfKind(id: string, kind: EntityKind, withLinks: readonly LinkRequest[] = []): Promise<EntityRecord | null> {
    const entity = await this.byId(id, withLinks);
    return entity && entity.roles.includes(kind) ? entity : null;
  }

  private async readWithLinks(id: string, specs: readonly LinkRequest[]): Promise<EntityRecord | null> {
    const { db, loaders } = this.deps;
    const keys = specs.map((spec) => ({ id, ...spec }));
    const [row] = await db.readRows<{ node: NodeRow; links: LinkRow[] }>("entity/with-links", {
      id,
      keys: linkKeyParams(keys),
      perEntity: LINKS_PER_ENTITY,
    });
    if (!row) return null;
    const entity = toEntityRecord(row.node);
    loaders.entityById.prime(id, entity);
    linkRecordsByKey(keys, row.links).forEach((records, i) => loaders.links.prime(keys[i], records));
    return entity;
  }
}
