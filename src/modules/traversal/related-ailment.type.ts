import { Field, Float, ObjectType } from "type-graphql";
import { Ailment } from "../entity";

@ObjectType({
  description:
    "An ailment related to the one asked about, with how strongly (see README: relatedAilments scoring) and why.",
})
export class RelatedAilment {
  @Field(() => Ailment)
  ailment!: Ailment;

  @Field(() => Float, {
    description:
      "RELATED_TO or LEADS_TO 3, CAUSED_BY or DISTINCT_FROM 2; each shared cause, mechanism, presentation or red " +
      "flag up to 1 and each shared therapy or prevention up to 0.5, by how specific it is. Explicit links rank first.",
  })
  score!: number;

  @Field(() => [String], {
    description:
      'Why, in plain words ("Sciatica is often a result of degenerative disc disease"), explicit links first.',
  })
  reasons!: string[];
}
