/**
 * The record of `names` with the values a query returned for them, in the same order: the shape
 * reads take when they return only the stored properties a request selects (a list of values per
 * row, the names sent once as a parameter).
 */
export function zipRecord(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}
