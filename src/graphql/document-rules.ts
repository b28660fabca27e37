import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, OperationTypeNode, ValidationContext, ValidationRule } from "graphql";
import { QueryTooComplexError } from "../errors/api-errors";
import type { LimitsConfig } from "../config/protection-config";
import { introspectionRule } from "./introspection-rules";

/**
 * Document checks that run while Apollo validates a query (once per query text: Apollo keeps
 * validated documents), before anything executes: depth, aliases and directives, each counted by
 * graphql-armor's rules, which remember every fragment's count so a document of fragments that
 * spread each other twice is checked in linear time. Tokens are limited earlier, by the parser
 * (Apollo's parseOptions.maxTokens); the text length by the HTTP layer (query-size.ts).
 * A refusal is QUERY_TOO_COMPLEX with status 400.
 */
export function documentRules(
  limits: Pick<LimitsConfig, "maxDepth" | "maxAliases" | "maxDirectives">,
): ValidationRule[] {
  const refuse = (what: string, limit: number) => (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const message = `The query has ${found ? `${found} ` : "too many "}${what}; the limit is ${limit}.`;
    context?.reportError(
      new QueryTooComplexError(message, { limit, found: found ? Number(found) : undefined, http: { status: 400 } }),
    );
  };
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    // Fragments add no depth of their own (flattened): only fields nest, as the response does.
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [refuseDepth(limits.maxDepth)],
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [refuse("aliases", limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [refuse("directives", limits.maxDirectives)] }),
    // Introspection is left out of depth (the standard query is deep) but capped on its own.
    introspectionRule(),
    noSubscriptions,
  ];
}

/**
 * The schema has no subscriptions; without this rule graphql-js accepts a `subscription` document
 * and fails only when it runs (INTERNAL_SERVER_ERROR, a stack in the log). Refused as invalid: 400.
 */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) return;
    context.reportError(
      new GraphQLError("Subscriptions are not supported by this API; use a query.", { nodes: [operation] }),
    );
  },
});

function refuseDepth(limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(
      new QueryTooComplexError(`The query is nested ${found ?? "too many"} levels deep; the limit is ${limit}.`, {
        depth: found ? Number(found) : undefined,
        maxDepth: limit,
        http: { status: 400 },
      }),
    );
  };
}
