import { graphql, startTestServer, TestServer } from "../support/test-server";

describe("resolveTerms and red flags over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const RESOLVE = `query ($texts: [String!]!, $kinds: [EntityKind!]) {
    resolveTerms(texts: $texts, kinds: $kinds) { text matchedBy entity { id kind } suggestions { id } }
  }`;

  it("resolves ids, names and synonyms, in any case, and suggests close ones for the rest", async () => {
    const { data, errors } = await graphql(server.url, RESOLVE, {
      texts: ["dvt", "High Blood Pressure", "muscle-spasm", "migrane", "💆"],
      kinds: null,
    });
    expect(errors).toBeUndefined();
    const [dvt, bp, spasm, typo, emoji] = data!.resolveTerms;
    expect(dvt).toMatchObject({
      text: "dvt",
      matchedBy: "SYNONYM",
      entity: { id: "deep-vein-thrombosis", kind: "CONTRAINDICATION" },
    });
    expect(bp).toMatchObject({ matchedBy: "SYNONYM", entity: { id: "hypertension" } });
    expect(spasm).toMatchObject({ matchedBy: "ID", entity: { id: "muscle-spasm" } });
    expect(typo).toMatchObject({ entity: null, matchedBy: null });
    expect(typo.suggestions[0]).toEqual({ id: "migraine" });
    expect(emoji).toEqual({ text: "💆", matchedBy: null, entity: null, suggestions: [] });
  });

  it("keeps to the kinds asked for", async () => {
    const { data } = await graphql(server.url, RESOLVE, {
      texts: ["infection", "stress"],
      kinds: ["CONTRAINDICATION"],
    });
    expect(data!.resolveTerms[0].entity).toBeNull();
    expect(data!.resolveTerms[0].suggestions.map((s: any) => s.id)).toContain("acute-infection");
    expect(data!.resolveTerms[1].entity).toBeNull();
  });

  it.each([[{ texts: [] }], [{ texts: Array.from({ length: 21 }, () => "x") }], [{ texts: ["x".repeat(201)] }]])(
    "refuses %j with BAD_USER_INPUT",
    async (variables) => {
      const response = await graphql(server.url, RESOLVE, variables);
      expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    },
  );

  it("exposes an ailment's red flags, and a red flag's ailments and what it suggests", async () => {
    const { data, errors } = await graphql(
      server.url,
      `
        {
          ailment(id: "degenerative-disc-disease") {
            redFlags {
              redFlag {
                id
                urgency
                action
              }
              relation {
                type
                sources {
                  id
                  url
                }
              }
            }
            notSupported {
              therapy {
                id
              }
            }
          }
          redFlag(id: "calf-or-arm-clot-signs") {
            name
            urgency
            ailments {
              ailment {
                id
              }
            }
            suggests {
              entity {
                id
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.ailment.redFlags).toEqual([
      {
        redFlag: { id: "cauda-equina-signs", urgency: "EMERGENCY", action: expect.any(String) },
        relation: {
          type: "HAS_RED_FLAG",
          sources: [{ id: "somerset-cauda-equina-syndrome", url: expect.stringMatching(/^https:/) }],
        },
      },
    ]);
    expect(data!.ailment.notSupported).toEqual([]);
    expect(data!.redFlag.ailments.map((a: any) => a.ailment.id)).toEqual(
      expect.arrayContaining(["muscle-spasm", "breast-lymphedema"]),
    );
    expect(data!.redFlag.suggests).toEqual([{ entity: { id: "deep-vein-thrombosis" } }]);
  });
});
