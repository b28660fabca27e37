import type { Database } from "../../db/database";
import { EntityKind } from "../entity";
import type { ServiceDeps } from "../shared";
import { resolveTerms } from "./resolve-terms";
import { termLookup, TermResolutionRecord } from "./term-match";

const ALL_KINDS = Object.values(EntityKind);

export class VocabularyService {
  private readonly db: Database;

  constructor({ db }: Pick<ServiceDeps, "db">) {
    this.db = db;
  }

  /** Each text resolved on its own, in the order given; both reads share one transaction. */
  async resolve({ texts, kinds }: { texts: string[]; kinds?: EntityKind[] | null }): Promise<TermResolutionRecord[]> {
    const wanted = kinds && kinds.length > 0 ? kinds : ALL_KINDS;
    const lookups = texts.map((text, position) => termLookup(position, text, wanted));
    return this.db.read("vocabulary.resolve", (tx) =>
      resolveTerms((name, params) => tx.rows<never>(name, params), lookups),
    );
  }
}
