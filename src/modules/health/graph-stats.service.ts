import type { Database } from "../../db/database";
import type { GraphStats } from "./graph-stats.type";

export class GraphStatsService {
  private readonly db: Database;

  constructor({ db }: { db: Database }) {
    this.db = db;
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.db.readRows<{ entities: number; relationships: number; sources: number }>(
      "health/graph-stats",
    );
    return row;
  }
}
