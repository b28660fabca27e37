import type { ServiceDeps } from "../shared";
import { lookUpEntity, type PlannedLink } from "../links";
import { EntityKind } from "../entity";
import type { EntityRecord } from "../entity";

export class EntityService {
  private readonly deps: Pick<ServiceDeps, "db" | "loaders" | "config">;

  constructor({ db, loaders, config }: ServiceDeps) {
    this.deps = { db, loaders, config };
  }

  /**
   * The entity, or null. `withLinks` are the link lists the caller will ask for next (the nested
   * fields of its query): the look-ahead reads them with the entity (links/look-ahead.ts).
   */
  byId(id: string, withLinks: readonly PlannedLink[] = []): Promise<EntityRecord | null> {
    return lookUpEntity(this.deps, id, withLinks);
  }

  /** The entity when it plays the given kind (stress is both a cause and an ailment), else null. */
  async byIdOfKind(id: string, kind: EntityKind, withLinks: readonly PlannedLink[] = []): Promise<EntityRecord | null> {
    const entity = await this.byId(id, withLinks);
    return entity && entity.roles.includes(kind) ? entity : null;
  }
}
