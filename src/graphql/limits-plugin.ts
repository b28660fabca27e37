import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { OperationLimits, QueryLimits } from "./operation-limits";

export type { QueryLimits } from "./operation-limits";

/**
 * Refuses an operation before it runs when it is nested too deep or would cost too much.
 * Fields declare their cost with `complexity` (list fields multiply by `first`); others cost 1.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const operationLimits = new OperationLimits(schema, limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation) operationLimits.check(document, operation, request.variables ?? {});
        },
      };
    },
  };
}
