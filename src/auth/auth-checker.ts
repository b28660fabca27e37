import type { AuthCheckerFn } from "type-graphql";
import { ForbiddenError, UnauthenticatedError } from "../errors/api-errors";
import type { Credentials } from "./viewer";

/**
 * type-graphql's check for `@Authorized(role)`: throws the API's own errors (so the codes are
 * exactly UNAUTHENTICATED and FORBIDDEN and the message says what to fix) instead of returning false.
 */
export const authChecker: AuthCheckerFn<Credentials> = ({ context }, roles) => {
  const { viewer, authProblem } = context;
  if (!viewer) {
    throw new UnauthenticatedError(
      authProblem ?? "This operation needs credentials: send Authorization: Bearer <curator API key or JWT>.",
    );
  }
  const missing = roles.filter((role) => !viewer.roles.includes(role));
  if (missing.length > 0)
    throw new ForbiddenError(`This operation needs the role ${missing.join(", ")}.`, { requiredRoles: roles });
  return true;
};
