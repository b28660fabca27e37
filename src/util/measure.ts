/** Bytes a value takes once serialised, roughly (strings by length, numbers and keys by a small constant). */
function measure(value: unknown, tally: { items: number; bytes: number }, inList: boolean): void {
  if (value === null || value === undefined) {
    tally.bytes += 4;
  } else if (typeof value === "string") {
    tally.bytes += value.length + 2;
  } else if (typeof value !== "object") {
    tally.bytes += 8;
  } else if (Array.isArray(value)) {
    tally.bytes += 2;
    for (const item of value) measure(item, tally, true);
  } else {
    // An object in a list is one item (an entity, a link, a path); scalars in lists (synonyms) are not.
    if (inList) tally.items += 1;
    for (const key in value) {
      // A getter is work not done yet (a page's totalCount runs a count only when selected): not read here.
      if (typeof Object.getOwnPropertyDescriptor(value, key)?.get === "function") continue;
      tally.bytes += key.length + 4;
      measure((value as Record<string, unknown>)[key], tally, false);
    }
  }
}

/** Items (objects in lists) and bytes of a value, as the request result budget counts them. */
export function measureResult(value: unknown): { items: number; bytes: number } {
  const tally = { items: 0, bytes: 0 };
  measure(value, tally, Array.isArray(value));
  return tally;
}
