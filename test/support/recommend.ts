import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import type { RecommendArgs, RecommendationsRecord } from "../../src/modules/recommendation";

/** recommendTherapies through the service, as an anonymous reader, with `first` 50 unless given. */
export function recommendWith(
  db: () => Database,
): (args: Omit<RecommendArgs, "first"> & { first?: number }) => Promise<RecommendationsRecord> {
  return (args) =>
    createContext({ db: db(), config: loadConfig(), viewer: null }).services.recommendations.recommend({
      first: 50,
      ...args,
    });
}
