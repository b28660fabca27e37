import { Counter, type Registry } from "prom-client";
import type { AdmissionGate } from "./admission";

export type ReadyStatus = "ready" | "starting" | "unavailable" | "overloaded" | "shutting-down";

/** A Neo4j answer is reused this long, so a flood of probes costs Neo4j one query a second at most. */
const CHECK_CACHE_MS = 1_000;
/** A probe waits at most this long for a check in flight (Kubernetes' default probe timeout is 1 s). */
const ANSWER_WITHIN_MS = 700;
/**
 * While a check runs late, a probe gives the last answer if it is this recent. Neo4j down answers
 * at once (connection refused); this only spans a check that is slow, so one slow check on a busy
 * machine does not flip readiness, while a Neo4j that hangs is reported once its check times out.
 */
const LAST_ANSWER_VALID_MS = CHECK_CACHE_MS + 3_000;
/** A check itself may run longer (a slow Neo4j); probes meanwhile answer "unavailable". */
const CHECK_TIMEOUT_MS = 3_000;

export interface ReadinessDeps {
  /** True when Neo4j answers a trivial query within the timeout (Database.ping). */
  ping: (timeoutMs: number) => Promise<boolean>;
  gate: AdmissionGate;
  /** Queued GraphQL requests from which the API says it is overloaded; 0 turns that off. */
  maxQueued: number;
  registry?: Registry;
}

/**
 * What /readyz says: whether a load balancer should send this process traffic now. Not while it
 * warms up (start.ts), shuts down, has `maxQueued` GraphQL requests waiting for a slot, or when
 * Neo4j does not answer. The Neo4j check is shared by every probe in flight and reused for a
 * second, and a probe never waits more than half a second for it, whatever Neo4j does.
 */
export class Readiness {
  private warming = false;
  private last: { ok: boolean; at: number } | undefined;
  private inFlight: Promise<boolean> | undefined;
  private readonly checks: Counter | undefined;

  constructor(private readonly deps: ReadinessDeps) {
    this.checks = deps.registry
      ? new Counter({
          name: "readiness_database_checks_total",
          help: "Neo4j checks run for /readyz (shared by concurrent probes and reused for a second)",
          registers: [deps.registry],
        })
      : undefined;
  }

  async status(): Promise<ReadyStatus> {
    const { gate, maxQueued } = this.deps;
    if (gate.closing) return "shutting-down";
    if (this.warming) return "starting";
    if (maxQueued > 0 && gate.queued >= maxQueued) return "overloaded";
    return (await this.databaseAnswers()) ? "ready" : "unavailable";
  }

  /** Runs `work` (the warm-up) while /readyz says "starting". */
  async whileStarting<T>(work: () => Promise<T>): Promise<T> {
    this.warming = true;
    try {
      return await work();
    } finally {
      this.warming = false;
    }
  }

  /** Starts the first check (at start-up), so the first probe finds an answer. */
  prime(): void {
    void this.databaseAnswers();
  }

  private async databaseAnswers(): Promise<boolean> {
    const last = this.last;
    if (last && Date.now() - last.at < CHECK_CACHE_MS) return last.ok;
    this.inFlight ??= this.check();
    const fallback = last !== undefined && Date.now() - last.at < LAST_ANSWER_VALID_MS && last.ok;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(fallback), ANSWER_WITHIN_MS)));
    try {
      return await Promise.race([this.inFlight, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async check(): Promise<boolean> {
    this.checks?.inc();
    const ok = await this.deps.ping(CHECK_TIMEOUT_MS).catch(() => false);
    this.last = { ok, at: Date.now() };
    this.inFlight = undefined;
    return ok;
  }
}
