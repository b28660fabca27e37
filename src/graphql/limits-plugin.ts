import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { BadUserInputError, QueryTooComplexError } from "../errors/api-errors";
import { operationDepth } from "./depth";

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Refuses an operation before it runs when it is nested too deep or would cost too much.
 * Fields declare their cost with `complexity` (list fields multiply by `first`); others cost 1.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const depth = operationDepth(document, operation);
          if (depth > limits.maxDepth) {
            throw new QueryTooComplexError(`The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, {
              depth,
              maxDepth: limits.maxDepth,
              http: { status: 400 },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The estimator coerces variables first; a missing or mistyped variable is the client's error.
            if (error instanceof GraphQLError) throw new BadUserInputError(error.message, { http: { status: 400 } });
            throw error;
          }
          if (complexity > limits.maxComplexity) {
            throw new QueryTooComplexError(
              `The query's estimated cost is ${complexity}; the limit is ${limits.maxComplexity}. Ask for fewer items or fewer nested fields.`,
              { complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
