import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../shared";
import type { EntityRecord } from "../entity";
import { Entity } from "../entity";
import type { SourceRecord } from "../source";
import { Source } from "../source";
import { parseStoredLocator, type RelationRecord } from "./relation.record";
import { Relation, SourceLocator } from "./relation.type";

@Resolver(() => Relation)
export class RelationResolver {
  /** Batched through the request's source loader, however many relationships ask. */
  @FieldResolver(() => [Source])
  async sources(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<SourceRecord[]> {
    const sources = await loaders.sourceById.loadMany(relation.sourceIds);
    return sources.filter((s): s is SourceRecord => s !== null && !(s instanceof Error));
  }

  /** Stored as `"<source id>: <locator>"` strings (a property cannot be a map); only cited sources count. */
  @FieldResolver(() => [SourceLocator])
  locators(@Root() relation: RelationRecord): SourceLocator[] {
    return relation.locatorEntries
      .map(parseStoredLocator)
      .filter((l): l is SourceLocator => l !== null && relation.sourceIds.includes(l.sourceId));
  }

  /** After `link` or `unlink`, a client selects the end entities' link lists here to refresh its cache. */
  @FieldResolver(() => Entity, {
    nullable: true,
    description: "The entity at `from`, as it is now; null once it is deleted.",
  })
  fromEntity(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord | null> {
    return loaders.entityById.load(relation.from);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: "The entity at `to`, as it is now; null once it is deleted.",
  })
  toEntity(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord | null> {
    return loaders.entityById.load(relation.to);
  }
}
