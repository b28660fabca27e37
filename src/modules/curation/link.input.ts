import { Field, ID, InputType } from "type-graphql";
import { Stage } from "../entity";
import { Evidence, type EvidenceGrade, Outcome, RelationTypeEnum } from "../graph";
import type { RelationType } from "../graph";
import { KeepsRecordRules, LIMITS } from "../../records";
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

@InputType({ description: "Where in one cited source a reader finds what the link says." })
export class SourceLocatorInput {
  @Field(() => ID, { description: "Id of a source the link cites." })
  sourceId!: string;

  @Field({
    description: `The chapter or page, e.g. "ch. 10, Table 1, pp. 160-162" (at most ${LIMITS.locatorMax} characters).`,
  })
  locator!: string;
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

  @Field(() => [SourceLocatorInput], {
    nullable: true,
    description:
      "The chapter or page for cited sources, one per source at most; every cited textbook needs one, so a reader can check the claim. Linking again replaces them.",
  })
  locators?: SourceLocatorInput[] | null;
}
