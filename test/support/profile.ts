/** A PROFILEd plan as the driver hands it out: its operators' db hits, counted by Neo4j on any machine. */
export interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

/** The db hits of a whole PROFILEd plan. */
export const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);
