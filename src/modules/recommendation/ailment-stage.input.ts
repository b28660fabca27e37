import { Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Stage } from "../entity";
import { MAX_TERM_LENGTH } from "./recommendation-limits";

@InputType({ description: "The stage one of your ailments is in." })
export class AilmentStageInput {
  @Field(() => ID, { description: "The ailment: an id, name or synonym, among your ailments or conditions." })
  @Length(1, MAX_TERM_LENGTH)
  ailment!: string;

  @Field(() => Stage, { description: "ACUTE, SUBACUTE or CHRONIC (ANY is not a stage a person is in)." })
  stage!: Stage;
}
