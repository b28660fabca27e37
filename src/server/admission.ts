import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AdmissionConfig } from "../config/protection-config";
import { ServiceOverloadedError } from "../errors/api-errors";
import { sendRefusal } from "./refusal";

/** A shed request: 503 SERVICE_OVERLOADED with Retry-After, and the same advice in the body. */
export function shed(reply: FastifyReply, message: string) {
  return sendRefusal(reply, new ServiceOverloadedError(message), { headers: { "cache-control": "no-store" } });
}

/**
 * At most `maxConcurrent` GraphQL requests run at once; up to `maxQueued` more wait (each at most
 * `maxQueueWaitMs`) for a free slot, in order. Past that a request is shed at once with 503,
 * Retry-After and SERVICE_OVERLOADED, before it runs anything, so a burst never queues into
 * database timeouts and the requests admitted keep their latency.
 */
export class AdmissionGate {
  active = 0;
  shedCount = 0;
  /** Set by `close` (shutdown): nothing is admitted any more. */
  closing = false;
  private readonly queue: { admit: () => void; refuse: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly config: Pick<AdmissionConfig, "maxConcurrent" | "maxQueued" | "maxQueueWaitMs">) {}

  /** Resolves true when admitted (call `release` once done), false when shed. */
  enter(): Promise<boolean> | boolean {
    if (this.closing) return this.refuse();
    if (this.active < this.config.maxConcurrent) {
      this.active += 1;
      return true;
    }
    if (this.queue.length >= this.config.maxQueued || this.config.maxQueueWaitMs === 0) return this.refuse();
    return new Promise<boolean>((resolve) => {
      const entry = {
        admit: () => resolve(true),
        refuse: () => resolve(this.refuse()),
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(entry), 1);
          resolve(this.refuse());
        }, this.config.maxQueueWaitMs),
      };
      this.queue.push(entry);
    });
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.queue.length;
  }

  release(): void {
    const next = this.queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else {
      this.active -= 1;
    }
  }

  /** Shutdown: refuses every request from now on, and answers the queued ones at once (they are shed). */
  close(): void {
    this.closing = true;
    for (const entry of this.queue.splice(0)) {
      clearTimeout(entry.timer);
      entry.refuse();
    }
  }

  private refuse(): false {
    this.shedCount += 1;
    return false;
  }
}

/**
 * Admission control: every request of the /graphql scope passes the gate (graphql-pipeline.ts
 * registers this there, so health checks, pages and assets never wait for a slot).
 */
export function registerAdmission(scope: FastifyInstance, gate: AdmissionGate): void {
  const holding = new WeakSet<FastifyRequest>();
  const release = (request: FastifyRequest) => {
    if (holding.delete(request)) gate.release();
  };
  // After the body is read (preValidation), so a client that sends its body slowly holds a socket
  // (until REQUEST_TIMEOUT_MS) but never a slot that innocent requests wait for.
  scope.addHook("preValidation", async (request, reply) => {
    if (request.method === "OPTIONS") return;
    if (!(await gate.enter())) {
      return shed(reply, `The server is ${gate.closing ? "shutting down" : "busy"}; try again shortly.`);
    }
    holding.add(request);
    // "close" fires if the client goes before the answer is ready.
    reply.raw.once("close", () => release(request));
  });
  // The answer is ready: the work is done, so the slot is free even if the client reads it slowly
  // (the socket itself is then bounded by CONNECTION_TIMEOUT_MS).
  scope.addHook("onSend", async (request) => release(request));
}
