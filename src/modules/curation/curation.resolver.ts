import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { CURATOR_ROLE } from "../../auth/roles";
import { IdArgs } from "../shared";
import { by, CurationContext } from "./curation-context";
import { EntityKind, Ailment, Cause, Contraindication, RedFlag, Therapy } from "../entity";
import { Relation } from "../graph";
import { Source } from "../source";
import { AilmentInput, CauseInput, ContraindicationInput, RedFlagInput, TherapyInput } from "./entity.input";
import { LinkInput, RelationKeyInput } from "./link.input";
import { DeletedEntity } from "./deleted-entity.type";
import { SourceInput } from "./source.input";

/** Curation: every mutation needs the curator role (API key or JWT); reads stay public. */
@Resolver()
export class CurationResolver {
  @Authorized(CURATOR_ROLE)
  @Mutation(() => Ailment, { description: "Creates the ailment, or replaces it when the id is already an ailment." })
  upsertAilment(@Arg("input") input: AilmentInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertEntity({ kind: EntityKind.AILMENT, input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Cause, { description: "Creates the cause, or replaces it when the id is already a cause." })
  upsertCause(@Arg("input") input: CauseInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertEntity({ kind: EntityKind.CAUSE, input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Therapy, { description: "Creates the therapy, or replaces it when the id is already a therapy." })
  upsertTherapy(@Arg("input") input: TherapyInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertEntity({ kind: EntityKind.THERAPY, input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Contraindication, {
    description: "Creates the contraindication, or replaces it when the id is already one.",
  })
  upsertContraindication(@Arg("input") input: ContraindicationInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertEntity({ kind: EntityKind.CONTRAINDICATION, input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => RedFlag, { description: "Creates the red flag, or replaces it when the id is already a red flag." })
  upsertRedFlag(@Arg("input") input: RedFlagInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertEntity({ kind: EntityKind.RED_FLAG, input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Source, { description: "Creates or replaces a source." })
  upsertSource(@Arg("input") input: SourceInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.upsertSource({ input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Relation, {
    description:
      "Creates the relationship, or replaces its note, evidence, stage and sources; only allowed kinds may be joined. Select fromEntity / toEntity link lists to refresh a cache.",
  })
  link(@Arg("input") input: LinkInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.link({ input, by: by(ctx) });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => Relation, {
    description: "Removes one relationship and returns it as it was; NOT_FOUND when there is none.",
  })
  unlink(@Arg("input") input: RelationKeyInput, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.unlink({ input });
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => DeletedEntity, {
    description:
      "Deletes the entity and its relationships (nothing else); returns its id and type (its cache key), the relations deleted with it and its former neighbours.",
  })
  deleteEntity(@Args() { id }: IdArgs, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.deleteEntity(id);
  }

  @Authorized(CURATOR_ROLE)
  @Mutation(() => ID, { description: "Deletes a source; CONFLICT while any relationship cites it. Returns its id." })
  deleteSource(@Args() { id }: IdArgs, @Ctx() ctx: CurationContext) {
    return ctx.services.curation.deleteSource(id);
  }
}
