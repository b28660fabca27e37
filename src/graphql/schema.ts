import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { KIND_TYPES } from "../modules/entity";
import { validateArgs } from "./validate-args";
import { resolvers } from "./resolvers";

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process. */
export function buildApiSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers,
    // Every kind's object type: fields return the Entity interface, which resolves to them.
    orphanedTypes: Object.values(KIND_TYPES),
    // @Authorized fields (the mutations) ask this; it throws UNAUTHENTICATED / FORBIDDEN itself.
    authChecker,
    // Argument and input classes are checked with class-validator, problems named by argument path.
    validateFn: validateArgs,
  });
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show only real changes). */
export function printApiSchema(): string {
  return printSchema(lexicographicSortSchema(buildApiSchema())) + "\n";
}
