/** The graph module's surface: what other modules (and tests, bench, soak) may import from it. */
// It exports decorated GraphQL classes, which need the metadata polyfill before they load,
// whichever process (server, seed, a CLI) imports this surface first.
import "reflect-metadata";
export { OUTCOME_TYPES, describeAllowed, isAllowedTriple } from "./allowed-triples";
export { costContext, neighbourhoodCost, recommendationCost, searchCost } from "./degree-costs";
export type { CostContext } from "./degree-costs";
export { DegreeStats, degreeOver, fanOut } from "./degree-stats";
export type { DegreeTable } from "./degree-stats";
export { EVIDENCE_GRADES, Evidence } from "./evidence.enum";
export type { EvidenceGrade } from "./evidence.enum";
export { toGraphPathRecord, toPathRecord } from "./graph-path.record";
export type { GraphPathRecord } from "./graph-path.record";
export { GraphPath, Subgraph } from "./graph-path.type";
export { LinkDirection } from "./link-direction.enum";
export { Outcome, storedOutcome } from "./outcome.enum";
export { RELATION_TYPES, isRelationType } from "./relation-type";
export type { RelationType } from "./relation-type";
export { RelationTypeEnum } from "./relation-type.enum";
export { parseRelationId, parseStoredLocator, relationId, toRelationRecord } from "./relation.record";
export type { RelationRecord, RelationRow } from "./relation.record";
export { RelationResolver } from "./relation.resolver";
export { Relation } from "./relation.type";
export { relationshipKey } from "./relationship-key";
