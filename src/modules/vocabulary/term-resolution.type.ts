import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "../entity";
import { TermMatch } from "./term-match";

registerEnumType(TermMatch, {
  name: "TermMatch",
  description: "How a text named an entity: ID, NAME or SYNONYM (same words, any case).",
});

@ObjectType({ description: "What a free text names: the entity it names exactly, or close suggestions." })
export class TermResolution {
  @Field({ description: "The text as given (trimmed)." })
  text!: string;

  @Field(() => Entity, {
    nullable: true,
    description: "The entity whose id, name or synonym the text is; null when none is.",
  })
  entity!: Entity | null;

  @Field(() => TermMatch, { nullable: true })
  matchedBy!: TermMatch | null;

  @Field(() => [Entity], {
    description: "When nothing matched exactly: up to 5 close entities of the wanted kinds, best first.",
  })
  suggestions!: Entity[];
}
