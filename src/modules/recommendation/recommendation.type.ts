import { Field, Float, ObjectType } from "type-graphql";
import { Ailment, Contraindication, Therapy } from "../entity/entity.type";
import { GraphPath } from "../graph/graph-path.type";

@ObjectType({ description: "A therapy recommended for the requested ailments, with the paths that justify it." })
export class TherapyRecommendation {
  @Field(() => Therapy)
  therapy!: Therapy;

  @Field(() => Float, { description: "Higher is better; see the README for the formula (evidence grades, path kinds, ailments addressed)." })
  score!: number;

  @Field(() => [Ailment], { description: "The requested ailments this therapy addresses." })
  addresses!: Ailment[];

  @Field(() => [GraphPath], { description: "The strongest paths (at most 5) from a requested ailment to this therapy." })
  why!: GraphPath[];

  @Field(() => [Contraindication], {
    description:
      "Contraindications that concern this recommendation: LOCAL or PRECAUTION ones among your conditions, and states of the requested ailments that rule the therapy out or limit it.",
  })
  precautions!: Contraindication[];

  @Field(() => [String], { description: "One sentence per precaution: why it concerns this therapy and what it means." })
  precautionNotes!: string[];
}

@ObjectType({ description: "A therapy that would have been recommended but one of your conditions rules it out." })
export class ExcludedTherapy {
  @Field(() => Therapy)
  therapy!: Therapy;

  @Field(() => [Ailment], { description: "The requested ailments it would have addressed." })
  addresses!: Ailment[];

  @Field(() => [Contraindication], { description: "The ABSOLUTE GENERAL contraindications, applied by your conditions, that exclude it." })
  because!: Contraindication[];

  @Field(() => [String], { description: "Each exclusion in one sentence." })
  reasons!: string[];
}

@ObjectType({ description: "Ranked therapies, the therapies your conditions exclude, and a disclaimer." })
export class Recommendations {
  @Field(() => [TherapyRecommendation])
  items!: TherapyRecommendation[];

  @Field(() => [ExcludedTherapy])
  excluded!: ExcludedTherapy[];

  @Field(() => [Contraindication], {
    description: "The contraindications your conditions applied: each contraindication you named, and every state of each ailment you named.",
  })
  appliedConditions!: Contraindication[];

  @Field({ description: "This is not medical advice." })
  disclaimer!: string;
}
