import neo4j from "neo4j-driver";
import { loadConfig } from "../../src/config";

/** A PROFILEd plan as the driver hands it out: its operators' db hits, counted by Neo4j on any machine. */
export interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

/** The db hits of a whole PROFILEd plan. */
export const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);

/**
 * A driver of its own on the test Neo4j, for what the product's Database never hands out: plans and
 * their db hits. Rows come back as plain objects (numbers as numbers).
 */
export function profilingDriver() {
  const { neo4j: options } = loadConfig();
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  const driver = neo4j.driver(options.uri!, auth, { disableLosslessIntegers: true });
  const run = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(query, params, { database: options.database, routing: neo4j.routing.READ });
  return {
    rows: async <T>(query: string, params: Record<string, unknown>) =>
      (await run(query, params)).records.map((r) => r.toObject() as T),
    /** The db hits of `query` run once with `params`. */
    profile: async (query: string, params: Record<string, unknown>) =>
      dbHits((await run(`PROFILE ${query}`, params)).summary.profile as unknown as ProfiledPlan),
    close: () => driver.close(),
  };
}
