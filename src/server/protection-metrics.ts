import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ApiErrorCode } from "../errors/api-errors";
import type { RequestOutcome } from "../graphql/limits-plugin";
import type { AdmissionGate } from "./admission";

/**
 * What the protections did, on /metrics: items each GraphQL request produced, requests refused
 * by code and stage (before or while running), requests shed by admission control, and the
 * requests running now. Tests read them to prove a request was refused before its work.
 */
export function protectionMetrics(registry: Registry, gate: AdmissionGate): (outcome: RequestOutcome) => void {
  const items = new Histogram({
    name: "graphql_result_items",
    help: "List items (entities, links, paths) one GraphQL request produced",
    buckets: [1, 10, 100, 1_000, 10_000, 100_000],
    registers: [registry],
  });
  const refused = new Counter({
    name: "graphql_refused_total",
    help: "GraphQL requests refused by a limit, by error code and stage (validation, estimate, running)",
    labelNames: ["code", "stage"],
    registers: [registry],
  });
  new Gauge({
    name: "admission_active_requests",
    help: "GraphQL requests admitted and running",
    registers: [registry],
    collect() {
      this.set(gate.active);
    },
  });
  new Counter({
    name: "admission_shed_total",
    help: "GraphQL requests shed with 503 SERVICE_OVERLOADED",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(gate.shedCount);
    },
  });
  return (outcome) => {
    items.observe(outcome.items);
    const code: ApiErrorCode = "QUERY_TOO_COMPLEX";
    if (outcome.refused) refused.inc({ code, stage: outcome.refused });
  };
}
