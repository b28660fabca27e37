import { pageSize } from "../../util/page-size";
import { EntityKind } from "../entity/entity-kind.enum";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";
import { Evidence, scoreRelated } from "./related-score";
import { queryWithEntities } from "./require-entity";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import type { RelatedAilmentsArgs } from "./traversal.args";
import type { ServiceDeps } from "../shared/service-deps";

export interface RelatedAilmentRecord {
  ailment: EntityRecord;
  score: number;
  reasons: string[];
}

/** Ailments ranked by explicit links, and shared causes and therapies weighed by how specific they are (related-score.ts). */
export class RelatedAilmentsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Unknown id: NOT_FOUND; an entity that is not an ailment: BAD_USER_INPUT. */
  async related({ id, first }: RelatedAilmentsArgs): Promise<RelatedAilmentRecord[]> {
    const limit = pageSize({
      value: first,
      fallback: TRAVERSAL_LIMITS.relatedFirst,
      max: this.deps.config.limits.maxPageSize,
    });
    const [[asked], rows] = await queryWithEntities(
      this.deps.loaders,
      [{ id, argument: "id", kind: EntityKind.AILMENT }],
      () =>
        this.deps.db.readRows<{ node: NodeRow; evidence: Evidence[]; total: number }>("traversal/related-ailments", {
          id,
          perPart: TRAVERSAL_LIMITS.relatedEvidencePerPart,
        }),
    );
    return rows
      .map((row) => ({ ailment: toEntityRecord(row.node), ...scoreRelated(asked.name, row.evidence, row.total) }))
      .sort((a, b) => b.score - a.score || a.ailment.name.localeCompare(b.ailment.name))
      .slice(0, limit);
  }
}
