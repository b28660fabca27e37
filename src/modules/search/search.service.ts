import type { AppConfig } from "../../config/config";
import type { Database } from "../../db/database";
import { BadUserInputError } from "../../errors/api-errors";
import { pageSize } from "../../util/page-size";
import { KIND_LABEL, EntityRecord, NodeRow, toEntityRecord } from "../entity";
import type { SearchArgs } from "./search.args";
import { rankHits } from "./search-rank";
import { queryTerms, stemmedQuery, wordsQuery } from "./search-terms";

export const DEFAULT_SEARCH_HITS = 10;
/** Index hits read per index before the kind filter, so a narrow `kinds` still finds candidates. */
export const SCAN_LIMIT = 500;
/** Candidates ranked per index: the ranking (search-rank.ts) reorders them, so it needs more than a page. */
const CANDIDATES = 25;

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export class SearchService {
  private readonly db: Database;
  private readonly config: AppConfig;

  constructor({ db, config }: { db: Database; config: AppConfig }) {
    this.db = db;
    this.config = config;
  }

  async search({ text, kinds, first }: SearchArgs): Promise<SearchHitRecord[]> {
    if (text.trim() === "") throw BadUserInputError.of("text", "text must contain something to search for");
    const limit = pageSize({ value: first, fallback: DEFAULT_SEARCH_HITS, max: this.config.limits.maxPageSize });
    const terms = queryTerms(text);
    // Only punctuation, emoji or stop words: nothing can match, which is an answer, not an error.
    if (terms.length === 0) return [];
    const rows = await this.db.readRows<{ node: NodeRow }>("search/entities", {
      stemmed: stemmedQuery(terms),
      words: wordsQuery(terms),
      labels: kinds && kinds.length > 0 ? kinds.map((kind) => KIND_LABEL[kind]) : null,
      scan: SCAN_LIMIT,
      candidates: Math.max(limit, CANDIDATES),
    });
    return rankHits(
      terms,
      rows.map((row) => toEntityRecord(row.node)),
    )
      .slice(0, limit)
      .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
  }
}
