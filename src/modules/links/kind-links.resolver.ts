import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { linkListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import type { EntityRecord } from "../entity/entity.record";
import { Ailment, Cause, Contraindication, Therapy } from "../entity/entity.type";
import { LinkDirection } from "./link-direction.enum";
import { AilmentLink, CauseLink, ContraindicationLink, EntityLink, TherapyLink } from "./link.type";

const { OUTGOING, INCOMING, BOTH } = LinkDirection;
const cost = { complexity: linkListCost };

@Resolver(() => Ailment)
export class AilmentLinksResolver {
  @FieldResolver(() => [CauseLink], { ...cost, description: "What causes or worsens it (CAUSED_BY)." })
  causes(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["CAUSED_BY"], direction: OUTGOING, label: "Cause" });
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies that address it (TREATED_BY)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["TREATED_BY"], direction: OUTGOING, label: "Therapy" });
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies or habits that help prevent it (PREVENTED_BY)." })
  preventedBy(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["PREVENTED_BY"], direction: OUTGOING, label: "Therapy" });
  }

  @FieldResolver(() => [AilmentLink], {
    ...cost,
    description: "Ailments explicitly linked to it: RELATED_TO, DISTINCT_FROM (often confused) and LEADS_TO, either way. Root field relatedAilments ranks more.",
  })
  relatedAilments(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["RELATED_TO", "DISTINCT_FROM", "LEADS_TO"], direction: BOTH, label: "Ailment" });
  }

  @FieldResolver(() => [ContraindicationLink], { ...cost, description: "States of the ailment that limit massage (PRESENTS_AS)." })
  contraindicationStates(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["PRESENTS_AS"], direction: OUTGOING, label: "Contraindication" });
  }
}

@Resolver(() => Cause)
export class CauseLinksResolver {
  @FieldResolver(() => [AilmentLink], { ...cost, description: "Ailments it causes or worsens (incoming CAUSED_BY)." })
  ailments(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["CAUSED_BY"], direction: INCOMING, label: "Ailment" });
  }

  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies that address it (TREATED_BY)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["TREATED_BY"], direction: OUTGOING, label: "Therapy" });
  }
}

@Resolver(() => Therapy)
export class TherapyLinksResolver {
  @FieldResolver(() => [EntityLink], { ...cost, description: "Ailments and causes it addresses (incoming TREATED_BY)." })
  treats(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["TREATED_BY"], direction: INCOMING });
  }

  @FieldResolver(() => [ContraindicationLink], { ...cost, description: "Conditions that rule it out or limit it (CONTRAINDICATED_BY)." })
  contraindications(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["CONTRAINDICATED_BY"], direction: OUTGOING, label: "Contraindication" });
  }
}

@Resolver(() => Contraindication)
export class ContraindicationLinksResolver {
  @FieldResolver(() => [TherapyLink], { ...cost, description: "Therapies it rules out or limits (incoming CONTRAINDICATED_BY)." })
  therapies(@Root() { id }: EntityRecord, @Ctx() { services }: Context) {
    return services.links.of({ id, types: ["CONTRAINDICATED_BY"], direction: INCOMING, label: "Therapy" });
  }
}
