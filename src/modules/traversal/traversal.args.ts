import { ArrayMaxSize } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsIntInRange, IsSlug } from "../shared";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import { RELATION_TYPES, type RelationType, RelationTypeEnum } from "../graph";

@ArgsType()
export class RelatedAilmentsArgs {
  @Field(() => ID, { description: "An ailment id." })
  @IsSlug()
  id!: string;

  @Field(() => Int, { nullable: true, description: "How many: default 10, at most the page cap." })
  first?: number | null;
}

@ArgsType()
export class CauseTreatmentPathsArgs {
  @Field(() => ID, { description: "The ailment the paths start from." })
  @IsSlug()
  from!: string;

  @Field(() => ID, { nullable: true, description: "Only paths ending at this therapy." })
  @IsSlug()
  to?: string | null;

  @Field(() => Int, { nullable: true, description: "Longest path in relationships: 2 to 6, default 4." })
  @IsIntInRange(TRAVERSAL_LIMITS.pathHops)
  maxHops?: number | null;

  @Field(() => Int, { nullable: true, description: "How many paths: default 10, at most the page cap." })
  first?: number | null;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID)
  @IsSlug()
  from!: string;

  @Field(() => ID)
  @IsSlug()
  to!: string;

  @Field(() => Int, { nullable: true, description: "Longest path considered: 1 to 10, default 6." })
  @IsIntInRange(TRAVERSAL_LIMITS.shortestHops)
  maxHops?: number | null;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  @IsSlug()
  id!: string;

  @Field(() => Int, { nullable: true, description: "How many relationships away: 1 to 3, default 1." })
  @IsIntInRange(TRAVERSAL_LIMITS.depth)
  depth?: number | null;

  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: "Follow only these relationship types (all when empty); at most as many entries as there are types.",
  })
  @ArrayMaxSize(RELATION_TYPES.length)
  relationTypes?: RelationType[] | null;
}
