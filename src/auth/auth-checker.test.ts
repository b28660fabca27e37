import type { ResolverData } from "type-graphql";
import type { Credentials } from "./viewer";
import { authChecker } from "./auth-checker";

const check = (context: Partial<Credentials>, roles: string[]) => () =>
  authChecker({ context } as ResolverData<Credentials>, roles);

describe("authChecker", () => {
  it("lets a viewer with the role through", () => {
    expect(check({ viewer: { subject: "s", roles: ["curator"], via: "jwt" }, authProblem: null }, ["curator"])()).toBe(
      true,
    );
  });

  it("answers UNAUTHENTICATED without a viewer, with the credential's problem when there was one", () => {
    expect(check({ viewer: null, authProblem: null }, ["curator"])).toThrow(
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
    );
    expect(check({ viewer: null, authProblem: "The token has expired." }, ["curator"])).toThrow(
      "The token has expired.",
    );
  });

  it("answers FORBIDDEN when the viewer lacks the role", () => {
    expect(check({ viewer: { subject: "s", roles: ["reader"], via: "jwt" }, authProblem: null }, ["curator"])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
  });
});
