import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { linkListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import type { EntityRecord } from "../entity/entity.record";
import { Ailment, Cause, Contraindication, RedFlag, Therapy } from "../entity/entity.type";
import { linkRequest } from "./brief-neighbour";
import { helps, LinkRecord } from "./link.record";
import { LINK_FIELDS } from "./link-fields";
import { AilmentLink, CauseLink, ContraindicationLink, EntityLink, RedFlagLink, TherapyLink } from "./link.type";

const cost = { complexity: linkListCost };

const benefitOnly = async (links: Promise<LinkRecord[]>) => (await links).filter(helps);

@Resolver(() => Ailment)
export class AilmentLinksResolver {
  @FieldResolver(() => [CauseLink], { ...cost, description: "What causes or worsens it (CAUSED_BY)." })
  causes(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Ailment.causes, info));
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies that address it (TREATED_BY with a benefit; see notSupported for the others)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return benefitOnly(services.links.of(id, linkRequest(LINK_FIELDS.Ailment.therapies, info)));
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies or habits that help prevent it (PREVENTED_BY)." })
  preventedBy(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return benefitOnly(services.links.of(id, linkRequest(LINK_FIELDS.Ailment.preventedBy, info)));
  }

  @FieldResolver(() => [AilmentLink], {
    ...cost,
    description: "Ailments explicitly linked to it: RELATED_TO, DISTINCT_FROM (often confused) and LEADS_TO, either way. Root field relatedAilments ranks more.",
  })
  relatedAilments(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Ailment.relatedAilments, info));
  }

  @FieldResolver(() => [ContraindicationLink], { ...cost, description: "States of the ailment that limit massage (PRESENTS_AS)." })
  contraindicationStates(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Ailment.contraindicationStates, info));
  }

  @FieldResolver(() => [TherapyLink], {
    ...cost,
    description: "Therapies studied for it without benefit (outcome NO_BENEFIT) or without a usable answer (INSUFFICIENT): shown as evidence, never as treatments.",
  })
  async notSupported(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return (await services.links.of(id, linkRequest(LINK_FIELDS.Ailment.notSupported, info))).filter((link) => !helps(link));
  }

  @FieldResolver(() => [RedFlagLink], { ...cost, description: "Signs that, with this ailment, need a medical assessment before any massage (HAS_RED_FLAG)." })
  redFlags(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Ailment.redFlags, info));
  }
}

@Resolver(() => Cause)
export class CauseLinksResolver {
  @FieldResolver(() => [AilmentLink], { ...cost, description: "Ailments it causes or worsens (incoming CAUSED_BY)." })
  ailments(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Cause.ailments, info));
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies that address it (TREATED_BY)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return benefitOnly(services.links.of(id, linkRequest(LINK_FIELDS.Cause.therapies, info)));
  }
}

@Resolver(() => Therapy)
export class TherapyLinksResolver {
  @FieldResolver(() => [EntityLink], { ...cost, description: "Ailments and causes it addresses (incoming TREATED_BY)." })
  treats(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return benefitOnly(services.links.of(id, linkRequest(LINK_FIELDS.Therapy.treats, info)));
  }

  @FieldResolver(() => [ContraindicationLink], { ...cost, description: "Conditions that rule it out or limit it (CONTRAINDICATED_BY)." })
  contraindications(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Therapy.contraindications, info));
  }
}

@Resolver(() => Contraindication)
export class ContraindicationLinksResolver {
  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies it rules out or limits (incoming CONTRAINDICATED_BY)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.Contraindication.therapies, info));
  }
}

@Resolver(() => RedFlag)
export class RedFlagLinksResolver {
  @FieldResolver(() => [AilmentLink], { ...cost, description: "Ailments it is a red flag of (incoming HAS_RED_FLAG)." })
  ailments(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.RedFlag.ailments, info));
  }

  @FieldResolver(() => [EntityLink], { ...cost, description: "What the sign may point to (SUGGESTS): an ailment or a contraindication." })
  suggests(@Root() { id }: EntityRecord, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.links.of(id, linkRequest(LINK_FIELDS.RedFlag.suggests, info));
  }
}
