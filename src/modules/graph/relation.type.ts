import { Field, ID, ObjectType } from "type-graphql";
import { Stage } from "../entity/contraindication-enums";
import { Source } from "../source/source.type";

@ObjectType({ description: "A typed relationship between two entities, with why it holds and where that comes from." })
export class Relation {
  @Field({ description: "CAUSED_BY, TREATED_BY, PREVENTED_BY, CONTRAINDICATED_BY, LEADS_TO, RELATED_TO, DISTINCT_FROM, PRESENTS_AS or INCLUDES." })
  type!: string;

  @Field(() => ID, { description: "Id of the entity the relationship starts from (its stored direction)." })
  from!: string;

  @Field(() => ID, { description: "Id of the entity the relationship points to." })
  to!: string;

  @Field(() => String, { nullable: true, description: "The mechanism or the goal, in one sentence." })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "Evidence grade: A strong trials, B limited trials, C clinical consensus, D anecdote or theory." })
  evidence!: string | null;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;

  @Field(() => [Source])
  sources!: Source[];
}
