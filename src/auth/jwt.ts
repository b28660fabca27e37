import { errors, jwtVerify } from "jose";

export interface VerifiedJwt {
  subject: string;
  roles: string[];
}

/** Why a token was refused, in words safe to send back to the client. */
export class JwtRejected extends Error {}

function rolesOf(payload: Record<string, unknown>): string[] {
  const raw = payload.roles ?? payload.role;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((r): r is string => typeof r === "string" && r.length > 0);
}

/**
 * Verifies an HS256 JWT signed with the configured secret: no other algorithm (so `alg: none`
 * and key-confusion tricks fail), `exp` required and checked. Roles come from `roles` (a list)
 * or `role` (one string).
 */
export async function verifyJwt(token: string, secret: string): Promise<VerifiedJwt> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
    });
    const subject = typeof payload.sub === "string" && payload.sub ? payload.sub : "unnamed";
    return { subject: `jwt:${subject}`, roles: rolesOf(payload) };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new JwtRejected("The token has expired.");
    if (error instanceof errors.JWTClaimValidationFailed) throw new JwtRejected(`The token is missing a valid "${error.claim}" claim.`);
    if (error instanceof errors.JOSEAlgNotAllowed) throw new JwtRejected("The token must be signed with HS256.");
    if (error instanceof errors.JOSEError) throw new JwtRejected("The token is not valid (bad format or signature).");
    throw error;
  }
}
