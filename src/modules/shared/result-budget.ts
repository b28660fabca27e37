import { QueryTooComplexError } from "../../errors/api-errors";
import { measureResult } from "../../util/measure";

export { measureResult } from "../../util/measure";

export interface ResultLimits {
  maxResultItems: number;
  maxResultBytes: number;
}

/**
 * What one request may produce: list items (entities, links, paths...) and bytes of data read for
 * it. Every list the database hands back is counted as it arrives; crossing either ceiling stops
 * the request at once with QUERY_TOO_COMPLEX (status 200: it was cut while running), and no
 * further database call of that request starts. This is what bounds memory when the cost estimate
 * was too low (a graph that grew since the degree statistics were read, a hub).
 */
export class ResultBudget {
  items = 0;
  bytes = 0;
  /** Set once a ceiling is crossed; the response then carries this one error instead of partial data. */
  exceeded: QueryTooComplexError | null = null;

  constructor(readonly limits: ResultLimits) {}

  /** List items still allowed; link queries ask the database for at most this many rows (plus one, to notice the crossing). */
  get remainingItems(): number {
    return Math.max(0, this.limits.maxResultItems - this.items);
  }

  /** Throws the budget's error once it is spent, so no more work starts for this request. */
  assertOpen(): void {
    if (this.exceeded) throw this.exceeded;
  }

  /** Counts a value the request produced; throws when a ceiling is crossed. Returns the value. */
  spend<T>(value: T): T {
    const { items, bytes } = measureResult(value);
    return this.spendCounted(value, items, bytes);
  }

  spendCounted<T>(value: T, items: number, bytes: number): T {
    this.assertOpen();
    this.items += items;
    this.bytes += bytes;
    if (this.items > this.limits.maxResultItems || this.bytes > this.limits.maxResultBytes) {
      const which =
        this.items > this.limits.maxResultItems
          ? `${this.limits.maxResultItems} items`
          : `${this.limits.maxResultBytes} bytes`;
      this.exceeded = new QueryTooComplexError(
        `The answer grew past ${which} and was stopped; ask for fewer nested lists or smaller pages.`,
        { maxResultItems: this.limits.maxResultItems, maxResultBytes: this.limits.maxResultBytes },
      );
      throw this.exceeded;
    }
    return value;
  }
}
