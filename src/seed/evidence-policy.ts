/**
 * The evidence policy (README "Evidence policy"): what each grade needs among a relationship's
 * sources, and that every cited source discusses both ends of what it is cited for. It reads the
 * seed shape only, so it runs offline on a seed folder and on a graph read back from Neo4j alike.
 */

const EVIDENCE_GRADES = ["A", "B", "C", "D"] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** What the policy reads of a source: its type and the entity ids it discusses. */
export interface PolicySource {
  id: string;
  type?: string;
  edition?: string;
  covers?: string[];
}

export interface PolicyRelationship {
  from: string;
  type: string;
  to: string;
  evidence: string;
  sources: string[];
}

type PolicyRule = "grade" | "covers" | "source";

export interface PolicyProblem {
  /** `from -TYPE-> to`, or the source id for problems of a source record itself. */
  subject: string;
  rule: PolicyRule;
  message: string;
}

/**
 * The strongest grade a set of sources can carry: A needs a review or two trials, B a trial or a
 * review, C a textbook with an edition or a guideline (or better), anything else is D.
 */
export function strongestGrade(sources: readonly PolicySource[]): EvidenceGrade {
  const count = (type: string) => sources.filter((s) => s.type === type).length;
  if (count("review") >= 1 || count("trial") >= 2) return "A";
  if (count("trial") >= 1) return "B";
  if (count("guideline") >= 1 || sources.some((s) => s.type === "textbook" && hasText(s.edition))) return "C";
  return "D";
}

/** True when `grade` claims more than `limit` allows (A is the strongest). */
function exceeds(grade: string, limit: EvidenceGrade): boolean {
  const index = EVIDENCE_GRADES.indexOf(grade as EvidenceGrade);
  return index >= 0 && index < EVIDENCE_GRADES.indexOf(limit);
}

/** Whether a source's `covers` list says it discusses this entity (a missing list says nothing, so it fails). */
function discusses(source: PolicySource, entityId: string): boolean {
  const covers = source.covers ?? [];
  return covers.includes(entityId);
}

/**
 * Every way the relationships break the policy, one problem each. `entityIds`, when given, also
 * flags `covers` entries that name nothing in the graph (a typo would silently widen nothing).
 */
export function checkEvidencePolicy({
  sources,
  relationships,
  entityIds,
}: {
  sources: readonly PolicySource[];
  relationships: readonly PolicyRelationship[];
  entityIds?: ReadonlySet<string>;
}): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const source of sources) problems.push(...sourceProblems(source, entityIds));
  for (const rel of relationships) {
    const subject = `${rel.from} -${rel.type}-> ${rel.to}`;
    const cited = rel.sources.map((id) => byId.get(id)).filter((s): s is PolicySource => s !== undefined);
    for (const id of rel.sources) {
      if (!byId.has(id))
        problems.push({ subject, rule: "source", message: `cites unknown source ${JSON.stringify(id)}` });
    }
    const limit = strongestGrade(cited);
    if (exceeds(rel.evidence, limit)) {
      const kinds = cited.map((s) => `${s.id} (${describeType(s)})`).join(", ") || "none";
      problems.push({
        subject,
        rule: "grade",
        message: `graded ${rel.evidence}, but its sources can carry at most ${limit}: ${kinds}`,
      });
    }
    for (const source of cited) {
      const missing = [rel.from, rel.to].filter((end) => !discusses(source, end));
      if (missing.length > 0) {
        problems.push({
          subject,
          rule: "covers",
          message: `cites ${source.id}, which does not discuss ${missing.join(" or ")} (not in its covers)`,
        });
      }
    }
  }
  return problems;
}

function sourceProblems(source: PolicySource, entityIds?: ReadonlySet<string>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const problem = (message: string) => problems.push({ subject: source.id, rule: "source", message });
  if (!hasText(source.type)) problem("has no type, so the grades it supports cannot be checked");
  if (source.type === "textbook" && !hasText(source.edition))
    problem("is a textbook without an edition; it supports at most D until one is given");
  if (!source.covers || source.covers.length === 0) problem("has no covers list (the entity ids it discusses)");
  else if (source.covers.includes("*")) problem('says "*" (covers everything); list the entity ids it discusses');
  if (entityIds) {
    for (const id of source.covers ?? [])
      if (id !== "*" && !entityIds.has(id)) problem(`covers unknown id ${JSON.stringify(id)}`);
  }
  return problems;
}

function describeType(source: PolicySource): string {
  if (!hasText(source.type)) return "no type";
  return source.type === "textbook" && !hasText(source.edition) ? "textbook without edition" : String(source.type);
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** One line per problem, as `npm run seed:check` prints them. */
export function formatPolicyProblem(problem: PolicyProblem): string {
  return `evidence policy (${problem.rule}): ${problem.subject}: ${problem.message}`;
}
