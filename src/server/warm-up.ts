import type { FastifyInstance } from "fastify";
import type { DegreeStats } from "../modules/graph";
import { playgroundExamples } from "./playground-examples";

export interface WarmUpResult {
  operations: number;
  /** Operations that answered with an error (another graph may lack the examples' ids): still warmed. */
  failed: number;
  ms: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Warms what the first queries need while /readyz says "starting" (start.ts calls it once listening). */
    warmUp(): Promise<WarmUpResult>;
  }
}

/**
 * Reads the degree statistics (the cost model waits for them on the first query) and runs every
 * saved playground example once through the whole stack, one at a time: one of each root field's
 * query shapes, so Neo4j has planned and cached each statement and its pages are in memory before a
 * client's query arrives. On a cold start the first query otherwise took 14 s, and once timed out.
 * They show in the operation metrics like any request (request id `warm-up`).
 */
export async function warmUp(app: FastifyInstance, degrees: DegreeStats): Promise<WarmUpResult> {
  const started = Date.now();
  await degrees.refresh();
  let failed = 0;
  for (const { query, variables } of playgroundExamples) {
    const response = await app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", "x-request-id": "warm-up" },
      payload: { query, variables: variables ?? {} },
    });
    if (response.statusCode !== 200 || (response.json<{ errors?: unknown }>().errors ?? null) !== null) failed += 1;
  }
  return { operations: playgroundExamples.length, failed, ms: Date.now() - started };
}
