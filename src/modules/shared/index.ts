/** The shared module's surface: what other modules (and tests, bench, soak) may import from it. */
// It exports decorated GraphQL classes, which need the metadata polyfill before they load,
// whichever process (server, seed, a CLI) imports this surface first.
import "reflect-metadata";
export { IsIntInRange, IsSlug } from "./arg-rules";
export { fixedListCost, pagedListCost, perUnit, workThenFixedList } from "./complexity";
export { IdArgs } from "./id.args";
export { madeMethod, madeResolverClass } from "./made-resolver";
export type { Loaders } from "./loaders";
export type { ContextWith, RequestContext } from "./request-context";
export { ResultBudget } from "./result-budget";
export type { ServiceDeps } from "./service-deps";
export { SpendResult } from "./spend-result.middleware";
