/**
 * A failed response is transient when it says "busy, try again": the API shed the request
 * (SERVICE_OVERLOADED: its admission or event-loop guard, no pooled connection free, Neo4j's memory
 * for transactions full) or the database did not finish in time (TIMEOUT); for the peer, which
 * maps no driver error, the same two Neo4j conditions in its message. A busy machine produces
 * these without any defect; anything else (another error, a wrong or missing body, a server gone)
 * is a defect.
 */
const TRANSIENT =
  /"code":"(TIMEOUT|SERVICE_OVERLOADED)"|connection is busy|Connection acquisition timed out|MemoryPoolOutOfMemoryError/;

export function isTransient(bodyOrProblem: string): boolean {
  return TRANSIENT.test(bodyOrProblem);
}

/** Failed responses of one measurement, by kind, with the first of each kind for the report. */
export class FailureTally {
  failed = 0;
  transient = 0;
  private firstDefect?: string;
  private firstTransient?: string;

  note(body: string): void {
    this.failed += 1;
    const excerpt = body.slice(0, 500).trim();
    if (isTransient(body)) {
      this.transient += 1;
      this.firstTransient ??= excerpt;
    } else this.firstDefect ??= excerpt;
  }

  /** Failures the tally did not see (the load generator's timeouts, which are transient). */
  add(failed: number, transient: number, what: string): void {
    this.failed += failed;
    this.transient += transient;
    if (failed > transient) this.firstDefect ??= what;
    else if (transient > 0) this.firstTransient ??= what;
  }

  /** The first defect when there was one, else the first transient failure. */
  get firstFailure(): string | undefined {
    return this.firstDefect ?? this.firstTransient;
  }
}
