/**
 * Per-request batching: every entity, source or link list asked for while resolving one operation
 * is read in one query per tick, so nested fields never cost a query per item.
 *
 * The kernel knows no feature module, so it names no loader: each module that batches its reads
 * adds its loader to this interface in its index.ts (declaration merging, as Fastify plugins
 * decorate FastifyRequest), and the GraphQL wiring creates them all per request (graphql/loaders.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules
export interface Loaders {}
