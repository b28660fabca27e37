import type { Database } from "../db/database";
import { checkEvidencePolicy, PolicyProblem } from "./evidence-policy";
import { nameCollisions } from "./name-collisions";
import { readGraph } from "./seed-export";
import type { SeedGraph } from "./seed-format";

/**
 * Therapies counted as massage for the absolute-contraindication check: the seed's `massage`
 * category (hands-on techniques: relaxation, deep tissue, friction, lymphatic drainage...).
 * Sessions, hydrotherapy, movement and self-care are not checked, since they are not massage strokes.
 */
const MASSAGE_CATEGORIES = ["massage"];

/** The data checks of `npm run seed:check`, one query each in cypher/queries/checks. */
const SEED_CHECKS = [
  { name: "orphans", query: "checks/orphans" },
  { name: "unused sources", query: "checks/unused-sources" },
  { name: "relationships without sources", query: "checks/relationships-without-sources" },
  { name: "ailments without a therapy", query: "checks/ailments-without-therapy" },
  { name: "ailments without a cause", query: "checks/ailments-without-cause" },
  {
    name: "massage therapies missing an ABSOLUTE GENERAL contraindication",
    query: "checks/massage-missing-absolute-contraindications",
  },
  { name: "relationships with stale link keys", query: "checks/link-keys" },
] as const;

export interface SeedFinding {
  check: string;
  subject: string;
  detail: string;
}

/** Names and synonyms are compared by the key curation keeps unique (in TypeScript, not Cypher: see util/name-key.ts). */
const DUPLICATE_NAMES_CHECK = "duplicate names or synonyms";

/** The checks run besides SEED_CHECKS: duplicate names and the evidence policy. */
export const CHECK_COUNT = SEED_CHECKS.length + 2;

/** The name the evidence policy's findings carry (it runs on the graph as a whole, not as one query). */
const EVIDENCE_POLICY_CHECK = "evidence policy";

/** Runs every check against the database and returns what each found (empty when the data is clean). */
export async function runSeedChecks(db: Database): Promise<SeedFinding[]> {
  const findings: SeedFinding[] = [];
  for (const { name, query } of SEED_CHECKS) {
    const rows = await db.readRows<{ subject: string; detail: string }>(query, { categories: MASSAGE_CATEGORIES });
    findings.push(...rows.map((row) => ({ check: name, subject: row.subject, detail: row.detail })));
  }
  // Curated links are held to the same policy as the seed: read the graph back in seed shape.
  const graph = await readGraph(db);
  findings.push(...duplicateNameFindings(graph), ...evidencePolicyFindings(graph));
  return findings;
}

/** The evidence policy over a graph in seed shape (a seed folder or a graph read from Neo4j). */
export function evidencePolicyProblems(graph: SeedGraph): PolicyProblem[] {
  const entityIds = new Set(graph.entities.map((e) => e.id));
  return checkEvidencePolicy({ sources: graph.sources, relationships: graph.relationships, entityIds });
}

function duplicateNameFindings(graph: SeedGraph): SeedFinding[] {
  return nameCollisions(graph.entities, { synonyms: true }).map(({ key, ids }) => ({
    check: DUPLICATE_NAMES_CHECK,
    subject: key,
    detail: `is a name or synonym of ${ids.join(", ")}`,
  }));
}

function evidencePolicyFindings(graph: SeedGraph): SeedFinding[] {
  return evidencePolicyProblems(graph).map((p) => ({
    check: `${EVIDENCE_POLICY_CHECK} (${p.rule})`,
    subject: p.subject,
    detail: p.message,
  }));
}
