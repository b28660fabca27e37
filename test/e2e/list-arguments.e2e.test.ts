import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Every list argument has a largest size (issue 26: `search(kinds:)` took 100,000 entries and
 * 2.3 s), refused as BAD_USER_INPUT naming the argument. (recommendTherapies' lists are capped by
 * their own args class; see the recommendation tests.)
 */
describe("list arguments are capped", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("refuses 100,000 search kinds quickly with BAD_USER_INPUT", async () => {
    // A first search warms the server (schema, caches), so the time below is the refusal's.
    expect(
      (
        await graphql(
          server.url,
          `
            {
              search(text: "stress") {
                score
              }
            }
          `,
        )
      ).errors,
    ).toBeUndefined();
    const kinds = Array.from({ length: 100_000 }, () => "CAUSE");
    const started = Date.now();
    const answer = await graphql(
      server.url,
      `
        query ($kinds: [EntityKind!]) {
          search(text: "stress", kinds: $kinds) {
            score
          }
        }
      `,
      { kinds },
    );
    expect(answer.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0].extensions?.fields).toEqual([{ field: "kinds", messages: [expect.any(String)] }]);
    // About 0.2 s in process (mostly reading and coercing the 800 KB of variables); the bound is
    // loose because this test's client shares the CPU with the server.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("accepts every kind once, and refuses one more", async () => {
    const all = ["AILMENT", "CAUSE", "THERAPY", "CONTRAINDICATION", "RED_FLAG"];
    const search = `query($kinds: [EntityKind!]) { search(text: "stress", kinds: $kinds) { score } }`;
    expect((await graphql(server.url, search, { kinds: all })).errors).toBeUndefined();
    const refused = await graphql(server.url, search, { kinds: [...all, "CAUSE"] });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses too many neighbourhood relationTypes and relations types", async () => {
    const types = Array.from({ length: 12 }, () => "CAUSED_BY");
    const neighbourhood = await graphql(
      server.url,
      `
        query ($t: [RelationType!]) {
          neighbourhood(id: "stress", relationTypes: $t) {
            truncated
          }
        }
      `,
      { t: types },
    );
    expect(neighbourhood.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(neighbourhood.errors?.[0].extensions?.fields).toEqual([
      { field: "relationTypes", messages: [expect.any(String)] },
    ]);
    const relations = await graphql(
      server.url,
      `
        query ($t: [RelationType!]) {
          entity(id: "stress") {
            relations(types: $t) {
              id
            }
          }
        }
      `,
      // 60,000 entries: as many as fit in the 1 MB body limit.
      { t: Array.from({ length: 60_000 }, () => "CAUSED_BY") },
    );
    expect(relations.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(relations.errors?.[0].extensions?.fields).toEqual([{ field: "types", messages: [expect.any(String)] }]);
    const fine = await graphql(
      server.url,
      `
        {
          entity(id: "stress") {
            relations(types: [CAUSED_BY]) {
              id
            }
          }
        }
      `,
    );
    expect(fine.errors).toBeUndefined();
  });
});
