import { ArgsType, Field, ID } from "type-graphql";
import { IsSlug } from "./arg-rules";

/**
 * A field whose one argument is an entity or source id (`entity(id)`, `deleteEntity(id)`): the
 * slug rule declared like every other argument rule, so a bad id gets the one BAD_USER_INPUT shape.
 */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsSlug()
  id!: string;
}
