import { ValidateBy } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { isSlug } from "../../util/ids";
import { parseRelationId } from "../graph";

/** An entity or source slug, or a relation id (`muscle-spasm:CAUSED_BY:stress`): every id node(id) may find. */
function IsNodeId(): PropertyDecorator {
  return ValidateBy({
    name: "isNodeId",
    validator: {
      validate: (value: unknown) => typeof value === "string" && (isSlug(value) || parseRelationId(value) !== null),
      defaultMessage: (args) => {
        const got = typeof args?.value === "string" ? JSON.stringify(args.value.slice(0, 120)) : typeof args?.value;
        return `id must be an entity or source slug (muscle-spasm) or a relation id (a:CAUSED_BY:b), got ${got}`;
      },
    },
  });
}

@ArgsType()
export class NodeArgs {
  @Field(() => ID)
  @IsNodeId()
  id!: string;
}
