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
      "Each explicit link (RELATED_TO, LEADS_TO, CAUSED_BY, DISTINCT_FROM) 3; each shared cause, mechanism or red " +
      "flag up to 1, shared presentation up to 1.5 and shared therapy or prevention up to 0.5, by how specific it " +
      "is; shared generic factors (age, sex, obesity, smoking, family history) 0. Explicit links rank first.",
  })
  score!: number;

  @Field(() => [String], {
    description:
      'Why, in plain words ("Sciatica is often a result of degenerative disc disease"), explicit links first.',
  })
  reasons!: string[];
}
