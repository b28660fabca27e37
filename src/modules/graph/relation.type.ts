import { Field, ID, ObjectType } from "type-graphql";
import { Stage, Node } from "../entity";
import { Source } from "../source";
import { Evidence, type EvidenceGrade } from "./evidence.enum";
import { Outcome } from "./outcome.enum";
import type { RelationType } from "./relation-type";
import { RelationTypeEnum } from "./relation-type.enum";
import type { RelationRecord } from "./relation.record";

@ObjectType({ description: "The chapter or page of one cited source where a link's claim is found." })
export class SourceLocator {
  @Field(() => ID, { description: "Id of the cited source (one of the link's `sources`)." })
  sourceId!: string;

  @Field(() => String, { description: 'The chapter or page, e.g. "ch. 10, Table 1, pp. 160-162".' })
  locator!: string;
}

/** Sources are resolved from the record's sourceIds (relation.resolver.ts). */
@ObjectType({
  implements: Node,
  description:
    "A typed relationship between two entities, with why it holds and where that comes from. Its id is `<from>:<TYPE>:<to>` (muscle-spasm:CAUSED_BY:stress): the model holds one relationship per (from, type, to).",
})
export class Relation extends Node implements Omit<RelationRecord, "sourceIds" | "locatorEntries"> {
  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => ID, { description: "Id of the entity the relationship starts from (its stored direction)." })
  from!: string;

  @Field(() => ID, { description: "Id of the entity the relationship points to." })
  to!: string;

  @Field(() => String, { nullable: true, description: "The mechanism or the goal, in one sentence." })
  note!: string | null;

  @Field(() => Evidence, {
    nullable: true,
    description: "Evidence grade: A strong trials, B limited trials, C clinical consensus, D anecdote or theory.",
  })
  evidence!: EvidenceGrade | null;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;

  @Field(() => Outcome, {
    nullable: true,
    description:
      "TREATED_BY and PREVENTED_BY: what the evidence says (BENEFIT unless recorded otherwise); null on other types.",
  })
  outcome!: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: "PRESENTS_AS: states of one ailment sharing a group exclude each other (controlled vs uncontrolled).",
  })
  group!: string | null;

  @Field({
    description:
      "True when no written source a reader can check carries the link: it records massage teaching or tradition, is graded D and has no sources.",
  })
  practiceOnly!: boolean;

  @Field(() => [Source], { description: "What the link rests on; empty only when `practiceOnly`." })
  sources!: Source[];

  @Field(() => [SourceLocator], {
    description:
      "Where in a cited source a reader finds what the link says (a book's chapter or page), one per source that has one; every textbook the seed cites should have one.",
  })
  locators!: SourceLocator[];
}
