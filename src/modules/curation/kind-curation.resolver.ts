import { Arg, Authorized, ClassType, Ctx, InputType, Mutation, Resolver } from "type-graphql";
import { CURATOR_ROLE } from "../../auth/roles";
import { KINDS } from "../../model";
import type { EntityKind } from "../../model";
import { KIND_TYPES, MODEL_MADE_KINDS } from "../entity";
import { madeMethod, madeResolverClass } from "../shared";
import { by, CurationContext } from "./curation-context";
import { EntityInput } from "./entity.input";
import { entityProblems } from "./input-records";
import { KeepsRecordRules } from "../../records";

/**
 * The upsert mutation of a kind the API makes from the model (`upsertSpecimen(input:
 * SpecimenInput!)`), as curation.resolver.ts writes the five kinds' by hand: the common entity
 * fields (EntityInput) and the record rules of its kind (src/records), the same service call, curators only.
 */
function curationResolver(kind: EntityKind): ClassType {
  const { typeName } = KINDS[kind];
  const input = class extends EntityInput {};
  Object.defineProperty(input, "name", { value: `${typeName}Input` });
  // The kind's record rules, as for the five kinds (only an ailment plays a second role).
  KeepsRecordRules((given: EntityInput) => entityProblems(kind, given))(input);
  InputType(`${typeName}Input`)(input);
  const field = `upsert${typeName}`;
  const resolver = madeResolverClass(`${typeName}CurationResolver`);
  const descriptor = madeMethod(resolver.prototype, field, (given: EntityInput, ctx: CurationContext) =>
    ctx.services.curation.upsertEntity({ kind, input: given, by: by(ctx) }),
  );
  Arg("input", () => input)(resolver.prototype, field, 0);
  Ctx()(resolver.prototype, field, 1);
  const description = `Creates the ${typeName}, or replaces it when the id is already one.`;
  Mutation(() => KIND_TYPES[kind], { description })(resolver.prototype, field, descriptor);
  Authorized(CURATOR_ROLE)(resolver.prototype, field, descriptor);
  Resolver()(resolver);
  return resolver;
}

export const KIND_CURATION_RESOLVERS = MODEL_MADE_KINDS.map(curationResolver);
