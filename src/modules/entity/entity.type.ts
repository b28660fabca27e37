import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, InterfaceType, ObjectType, UseMiddleware } from "type-graphql";
import { Node } from "./node.type";
import { ContraindicationScope, ContraindicationSeverity, Pressure, Stage } from "./contraindication-enums";
import { EntityKind, entityTypeName } from "./entity-kind.enum";
import { CuratorsOnly } from "./curators-only.middleware";
import { RedFlagUrgency } from "./red-flag-urgency.enum";
import type { AdaptationRecord, EntityRecord } from "./entity.record";
import { BodyRegion, TechniquePressure, ThermalAgent } from "./technique-enums";

/*
 * One GraphQL type per entity, whichever field returns it (entityTypeName), so a client's cache
 * keeps one record per entity: Ailment, ContributingFactor, Therapy, Contraindication or RedFlag. `Cause`
 * is a role, an interface: what causes or worsens ailments, played by contributing factors and
 * by ailments that bring on others (stress).
 */

@InterfaceType({
  implements: Node,
  description: "Any node of the knowledge graph, addressed by a stable, human-readable slug id (muscle-spasm).",
  resolveType: (value: EntityRecord) => entityTypeName(value),
})
export abstract class Entity extends Node implements Partial<EntityRecord> {
  @Field(() => EntityKind, { description: "The entity's primary kind." })
  kind!: EntityKind;

  @Field(() => [EntityKind], { description: "Every kind this one node plays, primary first (stress: AILMENT, CAUSE)." })
  roles!: EntityKind[];

  @Field()
  name!: string;

  @Field(() => [String])
  synonyms!: string[];

  @Field({ description: "A short description in the project's own words." })
  summary!: string;

  @Field(() => String, { nullable: true, description: "A free word grouping similar entities." })
  category!: string | null;

  @Field(() => [String], { description: "External codes where known for certain, as system:code (icd10:I10)." })
  codes!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was last changed through the API." })
  updatedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who last changed it through the API; null unless the viewer is a curator.",
  })
  @UseMiddleware(CuratorsOnly)
  updatedBy!: string | null;
}

@ObjectType({ description: "How a precaution adapts a session (a value object: it belongs to its contraindication)." })
export class Adaptation implements AdaptationRecord {
  @Field(() => Pressure, { nullable: true })
  pressure!: Pressure | null;

  @Field(() => String, { nullable: true, description: "Positioning, in words." })
  position!: string | null;

  @Field(() => [String], { description: "Areas or techniques to avoid." })
  avoid!: string[];

  @Field(() => Int, { nullable: true, description: "Longest session, in minutes." })
  maxMinutes!: number | null;

  @Field(() => Boolean, { nullable: true, description: "True when a physician's approval is needed first." })
  clearance!: boolean | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@InterfaceType({
  implements: [Node, Entity],
  description:
    "Something that causes or worsens ailments (a role): a ContributingFactor, or an Ailment that brings on others (stress). Fragments `on Cause` match both.",
  resolveType: (value: EntityRecord) => entityTypeName(value),
})
export abstract class Cause extends Entity {}

@ObjectType({
  implements: [Node, Entity, Cause],
  description: "An ailment or a situation massage addresses. Any ailment may also cause others (its `ailments`).",
})
export class Ailment extends Entity {
  @Field(() => [BodyRegion], { description: "Where the complaint is, when that is fixed (empty: it can be anywhere)." })
  regions!: BodyRegion[];

  @Field({
    description:
      "True for a mechanism or theory node (muscle ischemia): part of explanations, not a complaint a person picks.",
  })
  mechanism!: boolean;
}

@ObjectType({
  implements: [Node, Entity, Cause],
  description: "A cause of, or a factor contributing to, an ailment, that is not an ailment itself.",
})
export class ContributingFactor extends Entity {}

@ObjectType({
  implements: [Node, Entity],
  description: "A massage technique or related modality (ice, heat, stretching, a session).",
})
export class Therapy extends Entity {
  @Field(() => TechniquePressure, {
    nullable: true,
    description: "The pressure that defines the technique; null when it is not pressure work.",
  })
  pressure!: TechniquePressure | null;

  @Field(() => [BodyRegion], { description: "Where the technique works; empty when it is not hands-on." })
  regions!: BodyRegion[];

  @Field(() => ThermalAgent, { nullable: true, description: "The thermal agent it applies, if any." })
  thermal!: ThermalAgent | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: "A condition that rules out (ABSOLUTE) or limits (PRECAUTION) a therapy.",
})
export class Contraindication extends Entity {
  @Field(() => ContraindicationSeverity)
  severity!: ContraindicationSeverity;

  @Field(() => ContraindicationScope)
  scope!: ContraindicationScope;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;

  @Field(() => String, {
    nullable: true,
    description: "A yes/no question in lay words for a state a person may or may not be in.",
  })
  question!: string | null;

  @Field(() => Adaptation, {
    nullable: true,
    description: "How to adapt a session for this precaution (pressure, position, areas, duration).",
  })
  adaptation!: Adaptation | null;

  @Field(() => [BodyRegion], {
    description: "Regions no technique may work on while the state holds (LOCAL: where the site is, when fixed).",
  })
  restrictsRegions!: BodyRegion[];

  @Field(() => [ThermalAgent], {
    description: "Thermal agents forbidden while the state holds (on the site, if LOCAL).",
  })
  restrictsThermal!: ThermalAgent[];
}

@ObjectType({ implements: [Node, Entity], description: "A sign that needs a medical assessment before any massage." })
export class RedFlag extends Entity {
  @Field(() => RedFlagUrgency)
  urgency!: RedFlagUrgency;

  @Field({ description: "What to do, in plain words." })
  action!: string;
}
