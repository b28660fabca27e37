/**
 * neo4j-driver records the caller's stack for every query it starts (`new Error().stack`), to show
 * it should the query fail. Formatting that stack costs more than decoding a small answer (about
 * 60 µs a query under load), and our failures name their query instead (see toApiError). Runs
 * `start`, which starts the query synchronously, with stack capture off; nothing else runs meanwhile.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
