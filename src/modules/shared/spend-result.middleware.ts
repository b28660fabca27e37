import type { MiddlewareFn } from "type-graphql";
import type { RequestContext } from "./request-context";

/**
 * On root fields that return lists (search, pages, paths, recommendations...): counts what the
 * field produced against the request's result budget, so many aliases of a large answer stop at
 * the ceiling. Nested link lists are counted by the link loader as they arrive.
 */
export const SpendResult: MiddlewareFn<RequestContext> = async ({ context }, next) =>
  context.budget.spend((await next()) as unknown);
