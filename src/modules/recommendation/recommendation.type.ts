import { Field, Float, ID, ObjectType } from "type-graphql";
import { Ailment, Contraindication, Entity, RedFlag, Therapy } from "../entity";
import { GraphPath, Outcome, Relation } from "../graph";
import { Question } from "./question.type";

@ObjectType({ description: "A therapy recommended for the requested ailments, with the paths that justify it." })
export class TherapyRecommendation {
  @Field(() => Therapy)
  therapy!: Therapy;

  @Field(() => Float, {
    description: "Higher is better; see the README for the formula (evidence grades, path kinds, ailments addressed).",
  })
  score!: number;

  @Field(() => [Ailment], { description: "The requested ailments this therapy addresses." })
  addresses!: Ailment[];

  @Field(() => [GraphPath], {
    description: "The strongest paths (at most 5) from a requested ailment to this therapy.",
  })
  why!: GraphPath[];

  @Field(() => [Contraindication], {
    description:
      "Contraindications that concern this recommendation: confirmed LOCAL or PRECAUTION states, and states not yet answered (if they apply).",
  })
  precautions!: Contraindication[];

  @Field(() => [String], {
    description: "One sentence per precaution: why it concerns this therapy and what it means.",
  })
  precautionNotes!: string[];

  @Field(() => [ID], { description: "Ids of the questions whose answer changes this recommendation." })
  dependsOn!: string[];
}

@ObjectType({ description: "A therapy that would have been recommended but a state that applies rules it out." })
export class ExcludedTherapy {
  @Field(() => Therapy)
  therapy!: Therapy;

  @Field(() => [Ailment], { description: "The requested ailments it would have addressed." })
  addresses!: Ailment[];

  @Field(() => [Contraindication], {
    description:
      "What excludes it: confirmed ABSOLUTE GENERAL states, or a confirmed ABSOLUTE LOCAL state of the ailment it would work on.",
  })
  because!: Contraindication[];

  @Field(() => [String], { description: "Each exclusion in one sentence." })
  reasons!: string[];
}

@ObjectType({
  description: "A sign that needs a medical assessment before any massage, for ailments of your situation.",
})
export class RedFlagNotice {
  @Field(() => RedFlag)
  redFlag!: RedFlag;

  @Field(() => [Entity], { description: "The ailments of your situation it concerns." })
  ailments!: Entity[];

  @Field(() => [Entity], { description: "What the sign may point to." })
  suggests!: Entity[];
}

@ObjectType({
  description:
    "Evidence that a therapy does not help (NO_BENEFIT) or has no usable answer (INSUFFICIENT): shown, never recommended.",
})
export class EvidenceAgainst {
  @Field(() => Therapy)
  therapy!: Therapy;

  @Field(() => Entity, { description: "The ailment, or its cause or consequence, the therapy was studied for." })
  about!: Entity;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Relation, { description: "The link, with its note, evidence grade and sources." })
  relation!: Relation;
}

@ObjectType({
  description: "Red flags first, then the questions the answer waits on, the therapies, and a disclaimer.",
})
export class Recommendations {
  @Field(() => [RedFlagNotice], {
    description: "Signs that need a medical assessment before any massage; most urgent first. Show them first.",
  })
  redFlags!: RedFlagNotice[];

  @Field(() => [Question], {
    description: "States and stages nobody gave that would change the answer; answer them for a definite answer.",
  })
  questions!: Question[];

  @Field(() => [TherapyRecommendation], {
    description: "Recommended whatever the open questions' answers (they may still add precautions).",
  })
  items!: TherapyRecommendation[];

  @Field(() => [TherapyRecommendation], {
    description:
      "Recommended only if open questions are answered favourably (see dependsOn): never shown as plain recommendations.",
  })
  conditional!: TherapyRecommendation[];

  @Field(() => [ExcludedTherapy])
  excluded!: ExcludedTherapy[];

  @Field(() => [EvidenceAgainst], {
    description: "Therapies studied for these ailments without benefit, or without a usable answer.",
  })
  notSupported!: EvidenceAgainst[];

  @Field(() => [Contraindication], {
    description: "The states that apply: named, confirmed, or confirmed by a stage you gave.",
  })
  appliedConditions!: Contraindication[];

  @Field({ description: "This is not medical advice." })
  disclaimer!: string;
}
