import { UnauthenticatedError } from "../../errors/api-errors";
import type { ContextWith } from "../shared";
import type { CurationService } from "./curation.service";

/** The services the curation resolvers call. */
export type CurationContext = ContextWith<{ curation: CurationService }>;

/** The subject recorded as updatedBy; @Authorized has already made sure there is a viewer. */
export function by({ viewer }: CurationContext): string {
  if (!viewer) throw new UnauthenticatedError("This operation needs credentials.");
  return viewer.subject;
}
