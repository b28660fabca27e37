import type { MiddlewareFn } from "type-graphql";
import { CURATOR_ROLE } from "../../auth/roles";
import type { Credentials } from "../../auth/viewer";

/**
 * On fields that name curators (`updatedBy`): null unless the viewer is a curator. Reads are public,
 * and who edited what (an API key's label, a JWT's `sub`, which may be an e-mail address) is the
 * curators' business, not every reader's.
 */
export const CuratorsOnly: MiddlewareFn<Credentials> = async ({ context }, next): Promise<unknown> =>
  context.viewer?.roles.includes(CURATOR_ROLE) ? ((await next()) as unknown) : null;
