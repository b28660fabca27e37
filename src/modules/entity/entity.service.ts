import type { Loaders } from "../../graphql/loaders";
import { assertSlug } from "../../util/ids";
import { EntityKind } from "./entity-kind.enum";
import type { EntityRecord } from "./entity.record";
import type { ServiceDeps } from "../../graphql/service-deps";

export class EntityService {
  private readonly loaders: Loaders;

  constructor({ loaders }: ServiceDeps) {
    this.loaders = loaders;
  }

  async byId(id: string): Promise<EntityRecord | null> {
    return this.loaders.entityById.load(assertSlug(id, "id"));
  }

  /** The entity when it plays the given kind (stress is both a cause and an ailment), else null. */
  async byIdOfKind(id: string, kind: EntityKind): Promise<EntityRecord | null> {
    const entity = await this.byId(id);
    return entity && entity.roles.includes(kind) ? entity : null;
  }
}
