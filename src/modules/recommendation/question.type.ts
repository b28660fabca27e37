import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { BodyRegion, Stage, Contraindication, Entity, Therapy } from "../entity";

export enum QuestionKind {
  /** Is the person in this state? Answer with confirmedStates or ruledOutStates. */
  STATE = "STATE",
  /** Which stage is this ailment in? Answer with stages. */
  STAGE = "STAGE",
  /** Where is this state (or ailment)? Answer with sites. */
  SITE = "SITE",
}

registerEnumType(QuestionKind, {
  name: "QuestionKind",
  description:
    "STATE: a yes/no question about a state; STAGE: which stage an ailment is in; SITE: where a state or ailment is.",
});

@ObjectType({
  description: "Something the answer is waiting on: a state or a stage nobody gave, that would change it.",
})
export class Question {
  @Field(() => ID, {
    description: "state:<contraindication id>, stage:<ailment id> or site:<id>; dependsOn lists point here.",
  })
  id!: string;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field({ description: "The question in lay words." })
  text!: string;

  @Field(() => Contraindication, { nullable: true, description: "STATE: the state asked about." })
  state!: Contraindication | null;

  @Field(() => [Entity], { description: "The ailments (or causes) of your situation it concerns." })
  about!: Entity[];

  @Field(() => [Stage], { description: "STAGE: the stages to choose from." })
  stages!: Stage[];

  @Field(() => [BodyRegion], { description: "SITE: the regions to choose from." })
  regions!: BodyRegion[];

  @Field({
    description:
      "True for a screening question asked of everyone not yet answered (pregnancy, blood thinners, recent surgery, cancer treatment, fever or infection): the items assume no until answered, and the effect says what a yes changes.",
  })
  intake!: boolean;

  @Field({ description: "What the answer would change, in words." })
  effect!: string;

  @Field(() => [Therapy], { description: "The therapies whose place in the answer it changes." })
  therapies!: Therapy[];

  @Field({ description: "How to answer: the argument and the value to pass." })
  howToAnswer!: string;
}
