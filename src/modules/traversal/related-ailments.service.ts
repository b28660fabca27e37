import { pageSize } from "../../util/page-size";
import { EntityKind, EntityRecord, NodeRow, toEntityRecord } from "../entity";
import {
  Evidence,
  GENERIC_CAUSES,
  RELATED_FLOOR,
  RELATED_MIN_SPECIFICITY,
  RELATED_WEIGHTS,
  relatedReasons,
} from "./related-score";
import { queryWithEntities } from "./require-entity";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import type { RelatedAilmentsArgs } from "./traversal.args";
import type { ServiceDeps } from "../shared";

export interface RelatedAilmentRecord {
  ailment: EntityRecord;
  score: number;
  reasons: string[];
}

/** The parameters of traversal/related-ailments.cypher: the ailment, how many, and the scoring's constants. */
export function relatedAilmentsParams(id: string, first: number) {
  return {
    id,
    first,
    weights: RELATED_WEIGHTS,
    floor: RELATED_FLOOR,
    generic: GENERIC_CAUSES,
    minSpecificity: RELATED_MIN_SPECIFICITY,
  };
}

/**
 * Ailments ranked by explicit links, then shared causes, mechanisms and therapies weighed by how specific
 * they are; those below the floor are left out (related-score.ts). The query ranks and cuts to `first`.
 */
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
        this.deps.db.readRows<{ node: NodeRow; evidence: Evidence[]; score: number }>(
          "traversal/related-ailments",
          relatedAilmentsParams(id, limit),
        ),
    );
    return rows.map((row) => {
      const ailment = toEntityRecord(row.node);
      return { ailment, score: row.score, reasons: relatedReasons(asked.name, ailment.name, row.evidence) };
    });
  }
}
