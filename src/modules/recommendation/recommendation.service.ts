import type { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../db/cypher-files";
import type { Database } from "../../db/database";
import { buildRecommendations } from "./build-recommendations";
import { InputRow, resolveInputs } from "./recommendation-inputs";
import type { CandidateRow, RecommendationsRecord } from "./recommendation.record";
import type { ServiceDeps } from "../../graphql/service-deps";

async function run<T>(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map((record) => record.toObject() as T);
}

export class RecommendationService {
  private readonly db: Database;

  constructor({ db }: ServiceDeps) {
    this.db = db;
  }

  /**
   * The id check, the expansion of the person's conditions and the ranking with its exclusions
   * run in ONE read transaction, so the exclusions always match the graph the ranking saw; the
   * applied contraindications come from the graph, never from the client.
   */
  async recommend({ ailments, conditions, first }: { ailments: string[]; conditions?: string[] | null; first: number }): Promise<RecommendationsRecord> {
    const ailmentIds = [...new Set(ailments)];
    const conditionIds = [...new Set(conditions ?? [])];
    return this.db.read("recommendation.recommend", async (tx) => {
      const rows = await run<InputRow>(tx, "recommendation/inputs", { ids: [...new Set([...ailmentIds, ...conditionIds])] });
      const inputs = resolveInputs({ rows, ailmentIds, conditionIds });
      const applied = inputs.applied.map((a) => ({ contraindicationId: a.contraindication.id, conditionId: a.condition.id }));
      const candidates = await run<CandidateRow>(tx, "recommendation/candidates", { ailments: ailmentIds, applied });
      return buildRecommendations({ candidates, inputs, first });
    });
  }
}
