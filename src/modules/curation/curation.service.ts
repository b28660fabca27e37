import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../../db/database";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors/api-errors";
import type { Loaders } from "../../graphql/loaders";
import { relationshipKey } from "../../seed/seed-format";
import { EntityKind, kindOfLabel } from "../entity/entity-kind.enum";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";
import { describeAllowed, GROUP_TYPES, isAllowedTriple, OUTCOME_TYPES } from "../graph/allowed-triples";
import { RelationRecord, RelationRow, toRelationRecord } from "../graph/relation.record";
import { isRelationType } from "../graph/relation-type";
import { SourceRecord, toSourceRecord } from "../source/source.record";
import { entityParams, linkParams, linkQueryName, sourceParams, stampBy } from "./curation.params";
import type { EntityInput } from "./entity.input";
import type { LinkInput, RelationKeyInput } from "./link.input";
import type { SourceInput } from "./source.input";
import { txRows } from "./tx-rows";
import type { ServiceDeps } from "../../graphql/service-deps";

/** The shape class-validator failures have (extensions.fields), for a rule that needs the whole input. */
const fieldError = (field: string, message: string) =>
  new BadUserInputError(`Invalid input: ${field}: ${message}`, { field, fields: [{ field, messages: [`${field}: ${message}`] }] });

const kindsOf = (labels: string[]) => labels.map(kindOfLabel).filter((k): k is EntityKind => k !== undefined);
const kindWords = (kinds: EntityKind[]) => kinds.map((k) => k.toLowerCase()).join(" and ");

/**
 * Every curation write, each in ONE write transaction: checks that keep the graph consistent
 * (one kind per id, unique names, allowed triples, cited sources exist) run inside the same
 * transaction as the write, after the node concerned is write-locked, so concurrent writers
 * cannot slip between check and write. A thrown error rolls the whole transaction back.
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
      const [source] = await txRows<{ id: string }>(tx, "curation/source-with-id", params);
      if (source) throw new ConflictError(`"${input.id}" is already the id of a source; sources and entities share one id space.`, { field: "id" });
      const [claimed] = await txRows<{ kind: string }>(tx, "curation/claim-entity", params);
      if (claimed.kind !== params.kind) {
        const existing = kindOfLabel(claimed.kind)?.toLowerCase() ?? claimed.kind;
        const a = /^[aeiou]/.test(existing) ? "an" : "a";
        throw new ConflictError(`"${input.id}" is already ${a} ${existing}; an id names one entity, so choose another id or upsert it as ${a} ${existing}.`, {
          id: input.id,
          existingKind: kindOfLabel(claimed.kind) ?? claimed.kind,
        });
      }
      const [taken] = await txRows<{ id: string }>(tx, "curation/entity-name-taken", params);
      if (taken) throw new ConflictError(`The name "${params.name}" is already used by "${taken.id}"; names are unique.`, { field: "name", usedBy: taken.id });
      const [row] = await txRows<{ node: NodeRow }>(tx, "curation/update-entity", params);
      await this.assertRelationshipsStillFit(tx, input.id);
      return toEntityRecord(row.node);
    });
    this.loaders.entityById.clear(entity.id).prime(entity.id, entity);
    return entity;
  }

  async upsertSource({ input, by }: { input: SourceInput; by: string }): Promise<SourceRecord> {
    const params = sourceParams({ input, stamp: stampBy(by) });
    const source = await this.db.write("curation.upsert-source", async (tx) => {
      const [entity] = await txRows<{ kind: string }>(tx, "curation/entity-with-id", params);
      if (entity) throw new ConflictError(`"${input.id}" is already the id of an entity (${entity.kind}); sources and entities share one id space.`, { field: "id" });
      const [row] = await txRows<{ source: Record<string, unknown> }>(tx, "curation/upsert-source", params);
      return toSourceRecord(row.source);
    });
    this.loaders.sourceById.clear(source.id).prime(source.id, source);
    return source;
  }

  async link({ input, by }: { input: LinkInput; by: string }): Promise<RelationRecord> {
    const { type, from, to } = input;
    if (!isRelationType(type)) throw new BadUserInputError(`Unknown relationship type ${type}.`, { field: "type" });
    if (from === to) throw new BadUserInputError("A relationship joins two different entities; from and to are the same.", { field: "to" });
    if (input.outcome && !OUTCOME_TYPES.includes(type)) throw fieldError("outcome", `only ${OUTCOME_TYPES.join(" and ")} carry an outcome`);
    if (input.group && !GROUP_TYPES.includes(type)) throw fieldError("group", `only ${GROUP_TYPES.join(" and ")} carry a group`);
    const params = linkParams({ input, stamp: stampBy(by) });
    return this.db.write("curation.link", async (tx) => {
      // Lock the start node first: every link from it now waits its turn, so MERGE cannot duplicate.
      const [start] = await txRows<{ node: NodeRow }>(tx, "curation/lock-entity", { id: from });
      if (!start) throw new NotFoundError(`No entity has the id "${from}".`, { field: "from", id: from });
      const [end] = await txRows<{ node: NodeRow }>(tx, "entity/by-ids", { ids: [to] });
      if (!end) throw new NotFoundError(`No entity has the id "${to}".`, { field: "to", id: to });
      const fromKinds = kindsOf(start.node.labels);
      const toKinds = kindsOf(end.node.labels);
      if (!isAllowedTriple({ type, fromKinds, toKinds })) {
        throw new BadUserInputError(
          `${type} joins ${describeAllowed(type)}, but "${from}" is a ${kindWords(fromKinds)} and "${to}" is a ${kindWords(toKinds)}.`,
          { field: "type" },
        );
      }
      const found = await txRows<{ id: string }>(tx, "curation/lock-sources", { ids: params.sources });
      const missing = params.sources.filter((id) => !found.some((row) => row.id === id));
      if (missing.length > 0) {
        throw new BadUserInputError(`Unknown source id(s): ${missing.join(", ")}; add them with upsertSource first.`, { field: "sources", missing });
      }
      const [row] = await txRows<{ relation: RelationRow }>(tx, linkQueryName(type), params);
      if (!row) throw new NotFoundError(`"${from}" or "${to}" was deleted while linking.`, { field: "from" });
      return toRelationRecord(row.relation);
    });
  }

  async unlink({ input }: { input: RelationKeyInput }): Promise<RelationRecord> {
    const [row] = await this.db.writeRows<{ relation: RelationRow }>("curation/unlink", { ...input });
    if (!row) throw new NotFoundError(`There is no relationship ${relationshipKey(input)}.`, { ...input });
    return toRelationRecord(row.relation);
  }

  async deleteEntity(id: string): Promise<string> {
    const [row] = await this.db.writeRows<{ id: string }>("curation/delete-entity", { id });
    if (!row) throw new NotFoundError(`No entity has the id "${id}".`, { id });
    this.loaders.entityById.clear(id);
    return row.id;
  }

  /** Refused (CONFLICT) while any relationship cites the source: every relationship keeps at least one real source. */
  async deleteSource(id: string): Promise<string> {
    await this.db.write("curation.delete-source", async (tx) => {
      const locked = await txRows<{ id: string }>(tx, "curation/lock-sources", { ids: [id] });
      if (locked.length === 0) throw new NotFoundError(`No source has the id "${id}".`, { id });
      const [citations] = await txRows<{ count: number; examples: string[] }>(tx, "curation/source-citations", { id });
      if (citations.count > 0) {
        throw new ConflictError(
          `The source "${id}" is cited by ${citations.count} relationship(s) (${citations.examples.join("; ")}); change or unlink them first.`,
          { id, citedBy: citations.count },
        );
      }
      await txRows(tx, "curation/delete-source", { id });
    });
    this.loaders.sourceById.clear(id);
    return id;
  }

  /** After an upsert changed roles: every relationship of the node must still join allowed kinds. */
  private async assertRelationshipsStillFit(tx: ManagedTransaction, id: string): Promise<void> {
    const rows = await txRows<{ type: string; from: string; to: string; fromLabels: string[]; toLabels: string[] }>(tx, "curation/entity-relationships", { id });
    const broken = rows.filter(
      (r) => isRelationType(r.type) && !isAllowedTriple({ type: r.type, fromKinds: kindsOf(r.fromLabels), toKinds: kindsOf(r.toLabels) }),
    );
    if (broken.length > 0) {
      throw new ConflictError(
        `"${id}" would no longer fit ${broken.length} of its relationships (${broken.slice(0, 5).map(relationshipKey).join("; ")}); keep the role in alsoActsAs or unlink them first.`,
        { id, field: "alsoActsAs" },
      );
    }
  }
}
