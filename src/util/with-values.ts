/**
 * `base` with the values a query returned for `names` set on it, in the same order: the shape reads
 * take when they return only the stored properties a request selects (a list of values per row, the
 * names sent once as a parameter). The values are assigned into the caller's object literal, never
 * spread or rest-copied: V8 kept such copies as slow dictionaries, and making an entity record from
 * one cost 4.7 µs a node against 0.44 (bench: a depth-2 neighbourhood spent more turning its rows into
 * records than decoding them).
 */
export function withValues<T extends object>(
  base: T,
  names: readonly string[],
  values: readonly unknown[],
): T & Record<string, unknown> {
  const record = base as T & Record<string, unknown>;
  for (let i = 0; i < names.length; i++) (record as Record<string, unknown>)[names[i]] = values[i];
  return record;
}
