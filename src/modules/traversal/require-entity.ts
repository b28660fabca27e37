import { BadUserInputError, fieldsOf, NotFoundError } from "../../errors/api-errors";
import type { Loaders } from "../shared";
import { EntityKind } from "../entity";
import type { EntityRecord } from "../entity";

export interface Wanted {
  id: string;
  argument: string;
  /** The kind the entity must play; any kind when left out. */
  kind?: EntityKind;
}

/**
 * The entities named by arguments, read in one batch: an unknown id is NOT_FOUND, an entity that
 * does not play the wanted kind is BAD_USER_INPUT; both name the argument.
 */
export async function requireEntities(loaders: Loaders, wanted: Wanted[]): Promise<EntityRecord[]> {
  const found = await Promise.all(wanted.map((w) => loaders.entityById.load(w.id)));
  return wanted.map((w, i) => {
    const entity = found[i];
    if (!entity) {
      const message = `${w.argument}: no entity with id ${JSON.stringify(w.id)}`;
      throw new NotFoundError(message, { ...fieldsOf(w.argument, message), id: w.id });
    }
    if (w.kind && !entity.roles.includes(w.kind)) {
      const message = `${w.argument}: ${JSON.stringify(w.id)} is ${entity.kind.toLowerCase()}, not ${w.kind.toLowerCase()}`;
      throw BadUserInputError.of(w.argument, message, { id: w.id });
    }
    return entity;
  });
}

/**
 * Checks the named entities while the traversal query runs: the query finds nothing for an
 * unknown id, and the check turns that into NOT_FOUND or BAD_USER_INPUT. Latency is one round
 * trip, not two. (The ids' form is checked on the arguments, traversal.args.ts, before this runs.)
 */
export async function queryWithEntities<T>(
  loaders: Loaders,
  wanted: Wanted[],
  query: () => Promise<T>,
): Promise<[EntityRecord[], T]> {
  return Promise.all([requireEntities(loaders, wanted), query()]);
}
