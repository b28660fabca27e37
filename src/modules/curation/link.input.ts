import { Field, ID, InputType } from "type-graphql";
import { Stage } from "../entity";
import { Evidence, type EvidenceGrade, Outcome, RelationTypeEnum } from "../graph";
import type { RelationType } from "../graph";
import { KeepsRecordRules } from "../../records";
import { linkProblems } from "./input-records";

@InputType({ description: "Names one relationship: from -type-> to." })
export class RelationKeyInput {
  @Field(() => ID)
  from!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => ID)
  to!: string;
}

@KeepsRecordRules(linkProblems)
@InputType({ description: "A relationship with why it holds and where that comes from; linking again replaces these." })
export class LinkInput extends RelationKeyInput {
  @Field({ description: "One sentence: the mechanism or the goal." })
  note!: string;

  @Field(() => Evidence, {
    description: "A strong trials, B limited trials, C clinical consensus / textbooks, D anecdote or theory.",
  })
  evidence!: EvidenceGrade;

  @Field(() => Stage, { nullable: true })
  stage?: Stage | null;

  @Field(() => Outcome, {
    nullable: true,
    description: "TREATED_BY and PREVENTED_BY only: BENEFIT (the default), NO_BENEFIT or INSUFFICIENT.",
  })
  outcome?: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: "PRESENTS_AS only: states of one ailment sharing a group (a slug) exclude each other.",
  })
  group?: string | null;

  @Field(() => [ID], { description: "Ids of existing sources (1 to 20)." })
  sources!: string[];
}
