import type { Database } from "../db/database";

/**
 * Therapies counted as massage for the absolute-contraindication check: the seed's `massage`
 * category (hands-on techniques: relaxation, deep tissue, friction, lymphatic drainage...).
 * Sessions, hydrotherapy, movement and self-care are not checked, since they are not massage strokes.
 */
export const MASSAGE_CATEGORIES = ["massage"];

/** The data checks of `npm run seed:check`, one query each in cypher/queries/checks. */
export const SEED_CHECKS = [
  { name: "orphans", query: "checks/orphans" },
  { name: "unused sources", query: "checks/unused-sources" },
  { name: "relationships without sources", query: "checks/relationships-without-sources" },
  { name: "duplicate names or synonyms", query: "checks/duplicate-names" },
  { name: "ailments without a therapy", query: "checks/ailments-without-therapy" },
  { name: "ailments without a cause", query: "checks/ailments-without-cause" },
  { name: "massage therapies missing an ABSOLUTE GENERAL contraindication", query: "checks/massage-missing-absolute-contraindications" },
] as const;

export interface SeedFinding {
  check: string;
  subject: string;
  detail: string;
}

/** Runs every check against the database and returns what each found (empty when the data is clean). */
export async function runSeedChecks(db: Database): Promise<SeedFinding[]> {
  const findings: SeedFinding[] = [];
  for (const { name, query } of SEED_CHECKS) {
    const rows = await db.readRows<{ subject: string; detail: string }>(query, { categories: MASSAGE_CATEGORIES });
    findings.push(...rows.map((row) => ({ check: name, subject: row.subject, detail: row.detail })));
  }
  return findings;
}
