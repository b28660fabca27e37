import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { Histogram, Registry } from "prom-client";

/** Operation names kept as their own label value; later names count as "other" (bounded series). */
const DEFAULT_MAX_OPERATION_NAMES = 100;

/**
 * Label values stay bounded whatever clients send: operation names come only from operations that
 * parsed and validated; the project's own operations (playground, widget, explorer) always keep
 * theirs, and of the others the first `max` distinct names are kept, the rest share "other";
 * anonymous operations are "anonymous"; requests that never resolved an operation are "unresolved".
 * Root fields come from the schema; outcome codes are the API's and Apollo's own.
 */
class OperationNames {
  private readonly known = new Set<string>();

  constructor(
    private readonly reserved: ReadonlySet<string>,
    private readonly max: number,
  ) {}

  label(name: string | undefined): string {
    if (!name) return "anonymous";
    if (this.reserved.has(name) || this.known.has(name)) return name;
    if (this.known.size >= this.max || name.length > 64) return "other";
    this.known.add(name);
    return name;
  }
}

/** The root field an operation asks for; "multiple" when it asks several different ones. */
function rootField(operation: OperationDefinitionNode): string {
  const selections = operation.selectionSet.selections;
  const names = new Set(selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : "(fragment)")));
  return names.size === 1 ? [...names][0] : "multiple";
}

/**
 * graphql_operation_duration_seconds{operation, root_field, outcome}: one observation per GraphQL
 * operation, from the request's start to its answer; outcome is OK or the first error's code.
 */
export function operationMetricsPlugin({
  registry,
  knownNames = [],
  maxOperationNames = DEFAULT_MAX_OPERATION_NAMES,
}: {
  registry: Registry;
  /** Operation names always labelled as themselves. */
  knownNames?: readonly string[];
  maxOperationNames?: number;
}): ApolloServerPlugin {
  const names = new OperationNames(new Set(knownNames), maxOperationNames);
  const duration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "GraphQL operation duration by operation name, root field and outcome (OK or the first error code)",
    labelNames: ["operation", "root_field", "outcome"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          duration.observe(
            {
              operation: operation ? names.label(operation.name?.value) : "unresolved",
              root_field: operation ? rootField(operation) : "unresolved",
              outcome: errors?.length ? (typeof code === "string" ? code : "ERROR") : "OK",
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}
