import { errors, JWTPayload, jwtVerify } from "jose";

export interface VerifiedJwt {
  subject: string;
  roles: string[];
}

/** What a token must satisfy besides its signature. */
export interface JwtRules {
  secret: string;
  /** When set, `iss` must equal it. */
  issuer?: string;
  /** When set, `aud` must be or contain it. */
  audience?: string;
  /** Longest lifetime a token may claim, in seconds: exp - iat (exp - now when there is no iat). */
  maxLifetimeSeconds: number;
}

/** Why a token was refused, in words safe to send back to the client. */
export class JwtRejected extends Error {}

/** Clock skew tolerated on exp, nbf and iat, so a server a little behind does not refuse a fresh token. */
const CLOCK_TOLERANCE_SECONDS = 30;

function rolesOf(payload: Record<string, unknown>): string[] {
  const raw = payload.roles ?? payload.role;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((r): r is string => typeof r === "string" && r.length > 0);
}

/** A token living longer than the configured maximum is refused, whatever its signature: `exp: 1e300` never passes. */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number;
  const from = typeof payload.iat === "number" ? Math.min(payload.iat, now) : now;
  if (exp - from > maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw new JwtRejected(
      `The token lives too long: tokens may last at most ${maxLifetimeSeconds} seconds (JWT_MAX_LIFETIME_SECONDS).`,
    );
  }
}

function explain(error: unknown, rules: JwtRules): never {
  if (error instanceof JwtRejected) throw error;
  if (error instanceof errors.JWTExpired) throw new JwtRejected("The token has expired.");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf")
      throw new JwtRejected('The token is not valid yet: its "nbf" (not before) time is in the future.');
    if (error.claim === "iat") throw new JwtRejected('The token\'s "iat" (issued at) time is in the future.');
    if (error.claim === "iss") throw new JwtRejected(`The token's issuer ("iss") must be "${rules.issuer}".`);
    if (error.claim === "aud") throw new JwtRejected(`The token's audience ("aud") must include "${rules.audience}".`);
    throw new JwtRejected(`The token is missing a valid "${error.claim}" claim.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) throw new JwtRejected("The token must be signed with HS256.");
  if (error instanceof errors.JOSEError) throw new JwtRejected("The token is not valid (bad format or signature).");
  throw error;
}

/**
 * Verifies an HS256 JWT signed with the configured secret: no other algorithm (so `alg: none`
 * and key-confusion tricks fail), `exp` required and checked, a bounded lifetime, and `iss` / `aud`
 * when configured. Roles come from `roles` (a list) or `role` (one string).
 */
export async function verifyJwt(token: string, rules: JwtRules): Promise<VerifiedJwt> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(rules.secret), {
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      ...(rules.issuer ? { issuer: rules.issuer } : {}),
      ...(rules.audience ? { audience: rules.audience } : {}),
    });
    if (typeof payload.exp !== "number" || !Number.isFinite(payload.exp))
      throw new JwtRejected('The token is missing a valid "exp" claim.');
    if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
      throw new JwtRejected('The token\'s "iat" (issued at) time is in the future.');
    }
    checkLifetime(payload, rules.maxLifetimeSeconds);
    const subject = typeof payload.sub === "string" && payload.sub ? payload.sub : "unnamed";
    return { subject: `jwt:${subject}`, roles: rolesOf(payload) };
  } catch (error) {
    return explain(error, rules);
  }
}
