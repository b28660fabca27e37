import { SignJWT } from "jose";
import { authenticate } from "./authenticate";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const key = "curator-key-for-unit-tests-01";
const rules = { jwtIssuer: undefined, jwtAudience: undefined, jwtMaxLifetimeSeconds: 86_400 };
const auth = { curatorApiKeys: [key], jwtSecret: secret, ...rules };

async function token(
  claims: Record<string, unknown>,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- widens the default, so tests may pass a number (tsc)
  { exp = "1h" as string | number, signWith = secret } = {},
): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("alice");
  if (exp) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(signWith));
}

const bearer = (t: string) => `Bearer ${t}`;
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("authenticate", () => {
  it("treats a request without credentials as anonymous, with nothing to complain about", async () => {
    expect(await authenticate({ authorization: undefined, auth })).toEqual({ viewer: null, problem: null });
  });

  it("makes an API key holder a curator", async () => {
    const { viewer } = await authenticate({ authorization: bearer(key), auth });
    expect(viewer).toEqual({
      subject: expect.stringMatching(/^api-key:[0-9a-f]{6}$/),
      roles: ["curator"],
      via: "api-key",
    });
  });

  it("takes roles from a JWT's roles list or role claim", async () => {
    const many = await authenticate({ authorization: bearer(await token({ roles: ["reader", "curator"] })), auth });
    expect(many.viewer).toEqual({ subject: "jwt:alice", roles: ["reader", "curator"], via: "jwt" });
    const one = await authenticate({ authorization: `bearer ${await token({ role: "reader" })}`, auth });
    expect(one.viewer?.roles).toEqual(["reader"]);
  });

  it.each([
    ["a wrong key", async () => bearer("not-the-curator-key-000"), /not a valid API key/],
    ["an expired JWT", async () => bearer(await token({ role: "curator" }, { exp: "-1m" })), /expired/],
    ["a JWT without exp", async () => bearer(await token({ role: "curator" }, { exp: "" })), /"exp"/],
    [
      "a JWT signed with another secret",
      async () => bearer(await token({ role: "curator" }, { signWith: "x".repeat(40) })),
      /signature/,
    ],
    [
      "an alg none JWT",
      async () =>
        bearer(`${base64url({ alg: "none", typ: "JWT" })}.${base64url({ role: "curator", exp: 9999999999 })}.`),
      /HS256/,
    ],
    ["a header that is not Bearer", async () => `Basic ${key}`, /Bearer/],
    [
      "a JWT that claims to live for ever (exp: 1e300)",
      async () => bearer(await token({ role: "curator" }, { exp: 1e300 })),
      /lives too long.*JWT_MAX_LIFETIME_SECONDS/,
    ],
    ["a JWT valid for a year", async () => bearer(await token({ role: "curator" }, { exp: "365d" })), /lives too long/],
    [
      "a JWT whose nbf is in the future",
      async () => bearer(await token({ role: "curator", nbf: Math.floor(Date.now() / 1000) + 3600 })),
      /not valid yet.*nbf/,
    ],
    [
      "a JWT issued in the future",
      async () => bearer(await token({ role: "curator", iat: Math.floor(Date.now() / 1000) + 3600 })),
      /"iat".*future/,
    ],
  ])("refuses %s and says why", async (_name, header, why) => {
    const result = await authenticate({ authorization: await header(), auth });
    expect(result.viewer).toBeNull();
    expect(result.problem).toMatch(why);
  });

  it("checks iss and aud when JWT_ISSUER and JWT_AUDIENCE are set, naming what was expected", async () => {
    const strict = { ...auth, jwtIssuer: "https://id.example.org", jwtAudience: "massage-graph" };
    const good = await token({ role: "curator", iss: "https://id.example.org", aud: ["other", "massage-graph"] });
    expect((await authenticate({ authorization: bearer(good), auth: strict })).viewer?.roles).toEqual(["curator"]);
    const wrongIssuer = await authenticate({
      authorization: bearer(await token({ role: "curator", iss: "evil", aud: "massage-graph" })),
      auth: strict,
    });
    expect(wrongIssuer.problem).toMatch(/issuer \("iss"\) must be "https:\/\/id.example.org"/);
    const noAudience = await authenticate({
      authorization: bearer(await token({ role: "curator", iss: "https://id.example.org" })),
      auth: strict,
    });
    expect(noAudience.problem).toMatch(/audience \("aud"\) must include "massage-graph"/);
  });

  it("refuses every credential when no keys and no secret are configured", async () => {
    const result = await authenticate({
      authorization: bearer(key),
      auth: { curatorApiKeys: [], jwtSecret: undefined, ...rules },
    });
    expect(result).toEqual({ viewer: null, problem: expect.stringMatching(/Writes are disabled/) });
  });

  it("does not accept JWTs when only API keys are configured", async () => {
    const result = await authenticate({
      authorization: bearer(await token({ role: "curator" })),
      auth: { curatorApiKeys: [key], jwtSecret: undefined, ...rules },
    });
    expect(result.viewer).toBeNull();
  });
});
