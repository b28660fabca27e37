import type { NonEmptyArray } from "type-graphql";
import { EntityResolver } from "../modules/entity/entity.resolver";
import { RelationResolver } from "../modules/graph/relation.resolver";
import { HealthResolver } from "../modules/health/health.resolver";

/** Every resolver class of the API; a feature adds its resolvers here. */
export const resolvers: NonEmptyArray<Function> = [EntityResolver, RelationResolver, HealthResolver];
