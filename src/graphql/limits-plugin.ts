import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode, type GraphQLSchema } from "graphql";
import { errorJson, QueryTooComplexError } from "../errors/api-errors";
import type { DegreeStats } from "../modules/graph";
import type { Context } from "./context";
import { CostLimits, OperationLimits } from "./operation-limits";

/**
 * Before an operation runs: refuses it when its estimated cost is over the limit (the cost of
 * nested link lists comes from the graph's degree statistics). After it ran: when the request's
 * result budget was crossed while it ran, answers with that one QUERY_TOO_COMPLEX error instead
 * of the partial data and the errors of every field cut short; after a mutation, the degree
 * statistics are read again.
 */
/** What one request produced, and where a limit stopped it (for metrics). */
export interface RequestOutcome {
  items: number;
  bytes: number;
  refused: "validation" | "estimate" | "running" | null;
}

export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: CostLimits,
  degrees: DegreeStats,
  observe: (outcome: RequestOutcome) => void = () => undefined,
): ApolloServerPlugin<Context> {
  const operationLimits = new OperationLimits(schema, limits);
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            if (
              errors?.some(
                (e) =>
                  e instanceof QueryTooComplexError ||
                  (e as { originalError?: unknown }).originalError instanceof QueryTooComplexError,
              )
            )
              observe({ items: 0, bytes: 0, refused: "validation" });
          };
        },
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const table = await degrees.current();
          try {
            operationLimits.check(document, operation, request.variables ?? {}, {
              degrees: table,
              version: degrees.version,
              maxLinksPerList: limits.maxLinksPerList,
            });
          } catch (error) {
            observe({ items: 0, bytes: 0, refused: "estimate" });
            throw error;
          }
        },
        async willSendResponse({ response, contextValue, operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) degrees.invalidate();
          const budget = contextValue?.budget;
          if (!budget) return;
          const exceeded = budget.exceeded;
          if (operation) observe({ items: budget.items, bytes: budget.bytes, refused: exceeded ? "running" : null });
          if (!exceeded || response.body.kind !== "single") return;
          response.body.singleResult = {
            data: null,
            errors: [errorJson(exceeded)],
          };
        },
      };
    },
  };
}
