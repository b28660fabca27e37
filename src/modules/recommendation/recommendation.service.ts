import type { Database } from "../../db/database";
import type { ServiceDeps } from "../shared";
import { answerRecommendation } from "./answer-recommendation";
import type { RecommendArgs } from "./recommendation-inputs";
import type { RecommendationsRecord } from "./recommendation.record";

export class RecommendationService {
  private readonly db: Database;

  constructor({ db }: ServiceDeps) {
    this.db = db;
  }

  /** Every read of one answer shares ONE read transaction (see answerRecommendation). */
  async recommend(args: RecommendArgs): Promise<RecommendationsRecord> {
    return this.db.read("recommendation.recommend", (tx) =>
      answerRecommendation((name, params) => tx.rows<never>(name, params), args),
    );
  }
}
