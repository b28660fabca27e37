import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { FastifyBaseLogger } from "fastify";
import type { Registry } from "prom-client";
import type { AppConfig } from "../config/config";
import { Context } from "../graphql/context";
import { documentRules } from "../graphql/document-rules";
import { errorLogPlugin } from "../graphql/error-log-plugin";
import { formatError } from "../graphql/format-error";
import { queryLimitsPlugin } from "../graphql/limits-plugin";
import { buildApiSchema } from "../graphql/schema";
import type { DegreeStats } from "../modules/graph";
import { operationMetricsPlugin } from "../observability/operation-metrics";
import type { AdmissionGate } from "./admission";
import { httpCachePlugin } from "./http-cache";
import { knownOperationNames } from "./known-operations";
import { protectionMetrics } from "./protection-metrics";
import { TrustedDocuments, trustedDocumentsCache } from "./trusted-documents";

export interface ApolloParts {
  config: AppConfig;
  log: FastifyBaseLogger;
  registry: Registry;
  gate: AdmissionGate;
  degrees: DegreeStats;
  trustedDocuments: TrustedDocuments | undefined;
}

/** Apollo Server over the API's schema, with its limits, error formatting and plugins (not yet started). */
export function createApollo({ config, log, registry, gate, degrees, trustedDocuments }: ApolloParts) {
  const schema = buildApiSchema();
  return new ApolloServer<Context>({
    schema,
    // Bearer tokens, not cookies, carry credentials, so cross-site requests cannot act for a user;
    // plain GET requests (curl, links, the widget) are allowed. Mutations over GET stay refused by Apollo.
    csrfPrevention: false,
    // INTROSPECTION=off refuses __schema / __type (GRAPHQL_VALIDATION_FAILED); on, they are capped (introspection-rules.ts).
    introspection: config.exposure.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        logClientError: (e) => log.debug({ err: e }, "request refused"),
        fieldSuggestions: config.exposure.fieldSuggestions,
      }),
    // Document checks in linear time before anything runs (graphql/document-rules.ts); tokens by the parser.
    validationRules: documentRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    // The process stops Apollo once requests have drained (graceful-close.ts), not on a signal.
    stopOnTerminationSignals: false,
    // Trusted documents on: APQ hashes find the listed documents at once, and only those (trusted-documents.ts).
    ...(trustedDocuments ? { persistedQueries: { cache: trustedDocumentsCache(trustedDocuments) } } : {}),
    plugins: [
      // No field sends cache hints; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(schema, config.limits, degrees, protectionMetrics(registry, gate)),
      operationMetricsPlugin({
        registry,
        knownNames: knownOperationNames(),
        maxOperationNames: config.observability.maxOperationNames,
      }),
      errorLogPlugin(log),
      httpCachePlugin(config.http.cacheMaxAgeSeconds),
    ],
  });
}
