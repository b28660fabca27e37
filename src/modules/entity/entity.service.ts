import type { ServiceDeps } from "../shared/service-deps";
import { assertSlug } from "../../util/ids";
import type { LinkRequest } from "../links/link-fields";
import { EntityKind } from "./entity-kind.enum";
import { readEntityWithLinks } from "./entity-with-links";
import type { EntityRecord } from "./entity.record";

export class EntityService {
  private readonly deps: Pick<ServiceDeps, "db" | "loaders" | "config">;

  constructor({ db, loaders, config }: ServiceDeps) {
    this.deps = { db, loaders, config };
  }

  /**
   * The entity, or null. `withLinks` are the link lists the caller will ask for next (the nested
   * fields of its query): they are read in the same query and left in the link loader's cache.
   */
  async byId(id: string, withLinks: readonly LinkRequest[] = []): Promise<EntityRecord | null> {
    assertSlug(id, "id");
    const lookAhead = this.deps.config.lookAhead && withLinks.length > 0;
    return lookAhead ? this.readWithLinks(id, withLinks) : this.deps.loaders.entityById.load(id);
  }

  /** The entity when it plays the given kind (stress is both a cause and an ailment), else null. */
  async byIdOfKind(id: string, kind: EntityKind, withLinks: readonly LinkRequest[] = []): Promise<EntityRecord | null> {
    const entity = await this.byId(id, withLinks);
    return entity && entity.roles.includes(kind) ? entity : null;
  }

  private async readWithLinks(id: string, requests: readonly LinkRequest[]): Promise<EntityRecord | null> {
    const keys = requests.map((request) => ({ id, ...request }));
    const found = await readEntityWithLinks(this.deps.db, id, keys, this.deps.config.limits.maxLinksPerList);
    if (!found) return null;
    this.deps.loaders.entityById.prime(id, found.entity);
    found.links.forEach((records, i) => this.deps.loaders.links.prime(keys[i], records));
    return found.entity;
  }
}
