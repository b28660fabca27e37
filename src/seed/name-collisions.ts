import { nameKey } from "../util/name-key";

/** What name collisions are looked for in: an entity's id, name and (for the database check) synonyms. */
export interface NamedEntity {
  id: string;
  name: string;
  synonyms?: readonly string[];
}

/** A key (util/name-key.ts) that more than one entity's name or synonym reduces to. */
export interface NameCollision {
  key: string;
  /** The entities sharing it, in the order given. */
  ids: string[];
}

/**
 * Names (and synonyms when asked) that look alike to a reader: equal once compared by nameKey, the
 * one function curation and the seed loader key names by. Sorted by key.
 */
export function nameCollisions(entities: readonly NamedEntity[], { synonyms = false } = {}): NameCollision[] {
  const idsByKey = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const term of [entity.name, ...(synonyms ? (entity.synonyms ?? []) : [])]) {
      // A seed entry may lack its name: validation reports that on its own.
      const key = typeof term === "string" ? nameKey(term) : "";
      if (key === "") continue;
      const ids = idsByKey.get(key) ?? new Set<string>();
      idsByKey.set(key, ids.add(entity.id));
    }
  }
  return [...idsByKey]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, ids: [...ids] }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** How a refusal or finding explains what "the same name" means. */
export const SAME_NAME_RULE =
  "names are compared ignoring case, spacing, width, accents, ligatures, invisible characters and look-alike letters";
