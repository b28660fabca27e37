import type { AppConfig } from "../config/config";
import type { Viewer } from "./viewer";
import { matchApiKey } from "./api-key";
import { JwtRejected, verifyJwt } from "./jwt";
import { CURATOR_ROLE } from "./roles";

/** The caller, or why their credential was refused (sent back only when they try to write). */
export interface Authentication {
  viewer: Viewer | null;
  problem: string | null;
}

const anonymous: Authentication = { viewer: null, problem: null };
const refused = (problem: string): Authentication => ({ viewer: null, problem });

/**
 * Reads `Authorization: Bearer <token>`. A token equal to one of CURATOR_API_KEYS makes a
 * curator; otherwise it must be a JWT signed with JWT_SECRET. Never throws: reads are public,
 * so a bad credential only matters when a mutation asks for a role.
 */
export async function authenticate({
  authorization,
  auth,
}: {
  authorization: string | undefined;
  auth: AppConfig["auth"];
}): Promise<Authentication> {
  if (authorization === undefined || authorization.trim() === "") return anonymous;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
  if (!match) return refused('The Authorization header must be "Bearer <api key or JWT>".');
  const token = match[1];
  if (auth.curatorApiKeys.length === 0 && auth.jwtSecret === undefined) {
    return refused("Writes are disabled on this server: neither CURATOR_API_KEYS nor JWT_SECRET is configured.");
  }
  const keySubject = matchApiKey(token, auth.curatorApiKeys);
  if (keySubject) return { viewer: { subject: keySubject, roles: [CURATOR_ROLE], via: "api-key" }, problem: null };
  if (auth.jwtSecret === undefined || token.split(".").length !== 3)
    return refused("The credential is not a valid API key or token.");
  try {
    const { subject, roles } = await verifyJwt(token, {
      secret: auth.jwtSecret,
      issuer: auth.jwtIssuer,
      audience: auth.jwtAudience,
      maxLifetimeSeconds: auth.jwtMaxLifetimeSeconds,
    });
    return { viewer: { subject, roles, via: "jwt" }, problem: null };
  } catch (error) {
    if (error instanceof JwtRejected) return refused(error.message);
    throw error;
  }
}
