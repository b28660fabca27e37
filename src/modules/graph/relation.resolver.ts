import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { SourceRecord } from "../source/source.record";
import { Source } from "../source/source.type";
import type { RelationRecord } from "./relation.record";
import { Relation } from "./relation.type";

@Resolver(() => Relation)
export class RelationResolver {
  /** Batched through the request's source loader, however many relationships ask. */
  @FieldResolver(() => [Source])
  async sources(@Root() relation: RelationRecord, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    const sources = await loaders.sourceById.loadMany(relation.sourceIds);
    return sources.filter((s): s is SourceRecord => s !== null && !(s instanceof Error));
  }
}
