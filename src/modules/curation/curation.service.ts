import type { Database, Tx } from "../../db/database";
import { bumpGraphVersion } from "../../db/graph-version";
import { BadUserInputError, ConflictError, fieldsOf, NotFoundError } from "../../errors/api-errors";
import type { Loaders, ServiceDeps } from "../shared";
import {
  relationshipKey,
  describeAllowed,
  isAllowedTriple,
  relationId,
  RelationRecord,
  RelationRow,
  toRelationRecord,
  isRelationType,
} from "../graph";
import { EntityKind, entityTypeName, kindOfLabel, EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { SourceRecord, toSourceRecord } from "../source";
import { entityParams, linkParams, sourceParams, stampBy } from "./curation.params";
import { locatorsOf } from "./input-records";
import { unlocatedTextbooks } from "../../records";
import type { EntityInput } from "./entity.input";
import type { LinkInput, RelationKeyInput } from "./link.input";
import type { SourceInput } from "./source.input";

/** What deleteEntity removed (deleted-entity.type.ts); the neighbours are read afresh. */
export interface DeletedEntityRecord {
  id: string;
  typename: string;
  relationIds: string[];
  neighbours: EntityRecord[];
}

const kindsOf = (labels: string[]) => labels.map(kindOfLabel).filter((k): k is EntityKind => k !== undefined);
const kindWords = (kinds: EntityKind[]) => kinds.map((k) => k.toLowerCase()).join(" and ");

/**
 * Every curation write, each in ONE write transaction: checks that keep the graph consistent
 * (one kind per id, unique names, allowed triples, cited sources exist) run inside the same
 * transaction as the write, after the node concerned is write-locked, so concurrent writers
 * cannot slip between check and write. A thrown error rolls the whole transaction back. Every
 * write also gives the graph a new version in the same transaction (the HTTP ETags' source).
 */
export class CurationService {
  private readonly db: Database;
  private readonly loaders: Loaders;

  constructor({ db, loaders }: ServiceDeps) {
    this.db = db;
    this.loaders = loaders;
  }

  async upsertEntity({ kind, input, by }: { kind: EntityKind; input: EntityInput; by: string }): Promise<EntityRecord> {
    const params = entityParams({ kind, input, stamp: stampBy(by) });
    const entity = await this.db.write("curation.upsert-entity", async (tx) => {
      const [source] = await tx.rows<{ id: string }>("curation/source-with-id", params);
      if (source)
        throw conflict(
          "input.id",
          `"${input.id}" is already the id of a source; sources and entities share one id space.`,
        );
      const [claimed] = await tx.rows<{ kind: string }>("curation/claim-entity", params);
      if (claimed.kind !== params.kind) {
        const existing = kindOfLabel(claimed.kind)?.toLowerCase() ?? claimed.kind;
        const a = /^[aeiou]/.test(existing) ? "an" : "a";
        const message = `"${input.id}" is already ${a} ${existing}; an id names one entity, so choose another id or upsert it as ${a} ${existing}.`;
        throw new ConflictError(message, {
          ...fieldsOf("input.id", message),
          id: input.id,
          existingKind: kindOfLabel(claimed.kind) ?? claimed.kind,
        });
      }
      const [taken] = await tx.rows<{ id: string }>("curation/entity-name-taken", params);
      if (taken)
        throw conflict("input.name", `The name "${params.name}" is already used by "${taken.id}"; names are unique.`, {
          usedBy: taken.id,
        });
      const [row] = await tx.rows<{ node: NodeRow }>("curation/update-entity", params);
      await this.assertRelationshipsStillFit(tx, input.id);
      await bumpGraphVersion(tx);
      return toEntityRecord(row.node);
    });
    this.loaders.entityById.clear(entity.id).prime(entity.id, entity);
    this.loaders.links.clearAll();
    return entity;
  }

  async upsertSource({ input, by }: { input: SourceInput; by: string }): Promise<SourceRecord> {
    const params = sourceParams({ input, stamp: stampBy(by) });
    const source = await this.db.write("curation.upsert-source", async (tx) => {
      const [entity] = await tx.rows<{ kind: string }>("curation/entity-with-id", params);
      if (entity)
        throw conflict(
          "input.id",
          `"${input.id}" is already the id of an entity (${entity.kind}); sources and entities share one id space.`,
        );
      const [row] = await tx.rows<{ source: Record<string, unknown> }>("curation/upsert-source", params);
      await bumpGraphVersion(tx);
      return toSourceRecord(row.source);
    });
    this.loaders.sourceById.clear(source.id).prime(source.id, source);
    return source;
  }

  async link({ input, by }: { input: LinkInput; by: string }): Promise<RelationRecord> {
    const { type, from, to } = input;
    // One end, an outcome or a group where the type carries none: refused by LinkInput's record rules.
    const params = linkParams({ input, stamp: stampBy(by) });
    const relation = await this.db.write("curation.link", async (tx) => {
      // Lock both ends, in id order (so two links between the same nodes cannot deadlock): links
      // from a node now wait their turn, so MERGE cannot duplicate, and neither end can be deleted
      // between this check and the MERGE (a racing deleteEntity waits, or went first: NOT_FOUND).
      const locked = new Map<string, NodeRow>();
      for (const id of [from, to].sort()) {
        const [row] = await tx.rows<{ node: NodeRow }>("curation/lock-entity", { id });
        // A node deleted while this waited for its lock has no kind left: as good as gone.
        if (row && kindsOf(row.node.labels).length > 0) locked.set(id, row.node);
      }
      const start = locked.get(from);
      if (!start) throw notFound("input.from", `No entity has the id "${from}".`, { id: from });
      const end = locked.get(to);
      if (!end) throw notFound("input.to", `No entity has the id "${to}".`, { id: to });
      const fromKinds = kindsOf(start.labels);
      const toKinds = kindsOf(end.labels);
      if (!isAllowedTriple({ type, fromKinds, toKinds })) {
        throw BadUserInputError.of(
          "input.type",
          `${type} joins ${describeAllowed(type)}, but "${from}" is a ${kindWords(fromKinds)} and "${to}" is a ${kindWords(toKinds)}.`,
        );
      }
      const found = await tx.rows<{ id: string; type: string | null }>("curation/lock-sources", {
        ids: params.sources,
      });
      const missing = params.sources.filter((id) => !found.some((row) => row.id === id));
      if (missing.length > 0) {
        throw BadUserInputError.of(
          "input.sources",
          `Unknown source id(s): ${missing.join(", ")}; add them with upsertSource first.`,
          { missing },
        );
      }
      const textbooks = new Set(found.filter((row) => row.type === "textbook").map((row) => row.id));
      const unlocated = unlocatedTextbooks({ sources: params.sources, locators: locatorsOf(input.locators) }, (id) =>
        textbooks.has(id),
      );
      if (unlocated.length > 0) {
        throw BadUserInputError.of(
          "input.locators",
          `Give the chapter or page for the textbook(s) ${unlocated.join(", ")}, so a reader can check the claim.`,
          { unlocated },
        );
      }
      const [row] = await tx.rows<{ relation: RelationRow }>("curation/link", { ...params, type });
      if (!row) throw notFound("input.from", `"${from}" or "${to}" was deleted while linking.`);
      await bumpGraphVersion(tx);
      return toRelationRecord(row.relation);
    });
    this.afterRelationChange([from, to]);
    return relation;
  }

  async unlink({ input }: { input: RelationKeyInput }): Promise<RelationRecord> {
    const relation = await this.db.write("curation.unlink", async (tx) => {
      const [row] = await tx.rows<{ relation: RelationRow }>("curation/unlink", { ...input });
      if (!row) throw notFound("input", `There is no relationship ${relationshipKey(input)}.`, { ...input });
      await bumpGraphVersion(tx);
      return toRelationRecord(row.relation);
    });
    this.afterRelationChange([input.from, input.to]);
    return relation;
  }

  async deleteEntity(id: string): Promise<DeletedEntityRecord> {
    const row = await this.db.write("curation.delete-entity", async (tx) => {
      const [deleted] = await tx.rows<{
        id: string;
        kind: string;
        labels: string[];
        relations: RelationRow[];
        neighbours: string[];
      }>("curation/delete-entity", { id });
      if (!deleted) throw notFound("id", `No entity has the id "${id}".`, { id });
      await bumpGraphVersion(tx);
      return deleted;
    });
    this.afterRelationChange([id, ...row.neighbours]);
    const kind = kindOfLabel(row.kind) ?? kindsOf(row.labels)[0];
    const neighbours = await this.loaders.entityById.loadMany(row.neighbours);
    return {
      id: row.id,
      typename: entityTypeName({ kind, roles: kindsOf(row.labels) }),
      relationIds: row.relations.map(relationId).sort(),
      neighbours: neighbours.filter((n): n is EntityRecord => n !== null && !(n instanceof Error)),
    };
  }

  /** Refused (CONFLICT) while any relationship cites the source: every relationship keeps at least one real source. */
  async deleteSource(id: string): Promise<string> {
    await this.db.write("curation.delete-source", async (tx) => {
      const locked = await tx.rows<{ id: string }>("curation/lock-sources", { ids: [id] });
      if (locked.length === 0) throw notFound("id", `No source has the id "${id}".`, { id });
      const [citations] = await tx.rows<{ count: number; examples: string[] }>("curation/source-citations", { id });
      if (citations.count > 0) {
        throw new ConflictError(
          `The source "${id}" is cited by ${citations.count} relationship(s) (${citations.examples.join("; ")}); change or unlink them first.`,
          { id, citedBy: citations.count },
        );
      }
      await tx.rows("curation/delete-source", { id });
      await bumpGraphVersion(tx);
    });
    this.loaders.sourceById.clear(id);
    return id;
  }

  /** After an upsert changed roles: every relationship of the node must still join allowed kinds. */
  private async assertRelationshipsStillFit(tx: Tx, id: string): Promise<void> {
    const rows = await tx.rows<{ type: string; from: string; to: string; fromLabels: string[]; toLabels: string[] }>(
      "curation/entity-relationships",
      { id },
    );
    const broken = rows.filter(
      (r) =>
        isRelationType(r.type) &&
        !isAllowedTriple({ type: r.type, fromKinds: kindsOf(r.fromLabels), toKinds: kindsOf(r.toLabels) }),
    );
    if (broken.length > 0) {
      throw new ConflictError(
        `"${id}" would no longer fit ${broken.length} of its relationships (${broken.slice(0, 5).map(relationshipKey).join("; ")}); keep the role in alsoActsAs or unlink them first.`,
        { ...fieldsOf("input.alsoActsAs", "the roles left would not fit the entity's relationships"), id },
      );
    }
  }

  /** The request's cached entities and link lists around a changed relation are stale now. */
  private afterRelationChange(ids: readonly string[]): void {
    for (const id of ids) this.loaders.entityById.clear(id);
    this.loaders.links.clearAll();
  }
}

function conflict(field: string, message: string, extensions: Record<string, unknown> = {}): ConflictError {
  return new ConflictError(message, { ...fieldsOf(field, message), ...extensions });
}

function notFound(field: string, message: string, extensions: Record<string, unknown> = {}): NotFoundError {
  return new NotFoundError(message, { ...fieldsOf(field, message), ...extensions });
}
