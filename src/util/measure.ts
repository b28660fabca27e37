/**
 * Bytes a value takes once serialised, roughly (strings by length, numbers and keys by a small
 * constant). `plain`: the value is inside a list's item (an entity, a link, a path): records built
 * from rows, plain data. Outside lists (a page, a subgraph) a getter is work not done yet (a page's
 * totalCount runs a count only when selected) and is not read; checking every key of every record
 * for one cost 3x the whole walk (0.17 against 0.05 ms for a 350-record subgraph).
 */
function measure(value: unknown, tally: { items: number; bytes: number }, inList: boolean, plain: boolean): void {
  if (value === null || value === undefined) {
    tally.bytes += 4;
  } else if (typeof value === "string") {
    tally.bytes += value.length + 2;
  } else if (typeof value !== "object") {
    tally.bytes += 8;
  } else if (Array.isArray(value)) {
    tally.bytes += 2;
    for (const item of value) measure(item, tally, true, true);
  } else {
    // An object in a list is one item (an entity, a link, a path); scalars in lists (synonyms) are not.
    if (inList) tally.items += 1;
    for (const key in value) {
      if (!plain && typeof Object.getOwnPropertyDescriptor(value, key)?.get === "function") continue;
      tally.bytes += key.length + 4;
      measure((value as Record<string, unknown>)[key], tally, false, plain);
    }
  }
}

/** Items (objects in lists) and bytes of a value, as the request result budget counts them. */
export function measureResult(value: unknown): { items: number; bytes: number } {
  const tally = { items: 0, bytes: 0 };
  measure(value, tally, Array.isArray(value), false);
  return tally;
}
