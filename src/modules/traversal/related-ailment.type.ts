import { Field, Float, ObjectType } from "type-graphql";
import { Ailment } from "../entity/entity.type";

@ObjectType({
  description:
    "An ailment related to the one asked about, with how strongly (see README: relatedAilments scoring) and why.",
})
export class RelatedAilment {
  @Field(() => Ailment)
  ailment!: Ailment;

  @Field(() => Float, {
    description:
      "RELATED_TO or LEADS_TO 3, CAUSED_BY 2, DISTINCT_FROM 1, each shared cause 1, each shared therapy 0.5.",
  })
  score!: number;

  @Field(() => [String], { description: "The links and shared causes and therapies, in words." })
  reasons!: string[];
}
