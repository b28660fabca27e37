import { graphql, startTestServer, TestServer } from "../support/test-server";

const RECOMMEND = `query Recommend($ailments: [ID!]!, $conditions: [ID!], $first: Int, $no: [ID!] = ["splinting-spasm-acute-injury"]) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, first: $first, ruledOutStates: $no) {
    items {
      therapy { id name }
      score
      addresses { id }
      why { explanation length nodes { id } relationships { type from to evidence sources { id title } } }
      precautions { id severity scope }
      precautionNotes
    }
    excluded { therapy { id } because { id severity scope } reasons }
    appliedConditions { id }
    disclaimer
  }
}`;

describe("recommendTherapies over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const recommend = (variables: Record<string, unknown>) => graphql(server.url, RECOMMEND, variables);

  it("answers with ranked items, their why-paths with sources, and the disclaimer", async () => {
    const response = await recommend({ ailments: ["muscle-spasm"] });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const result = response.data!.recommendTherapies;
    expect(result.items).toHaveLength(10);
    expect(result.disclaimer).toMatch(/not medical advice/);
    const relaxation = result.items.find((i: any) => i.therapy.id === "relaxation-massage");
    expect(relaxation.why[0]).toMatchObject({
      length: 1,
      explanation: "Muscle spasm is treated by Relaxation massage.",
    });
    expect(relaxation.why[0].relationships[0].sources.length).toBeGreaterThan(0);
  });

  it("moves therapies a condition rules out into excluded", async () => {
    const { data } = await recommend({ ailments: ["muscle-spasm"], conditions: ["fever"] });
    const excluded = data!.recommendTherapies.excluded.map((e: any) => e.therapy.id);
    expect(excluded).toEqual(expect.arrayContaining(["relaxation-massage", "ice-massage"]));
    expect(data!.recommendTherapies.items.map((i: any) => i.therapy.id)).not.toContain("relaxation-massage");
  });

  it("treats conditions: null like no conditions", async () => {
    const response = await recommend({ ailments: ["muscle-spasm"], conditions: null, first: 3 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recommendTherapies.items).toHaveLength(3);
    expect(response.data!.recommendTherapies.appliedConditions).toEqual([]);
  });

  it.each([
    [{ ailments: [] }, "BAD_USER_INPUT"],
    [{ ailments: Array.from({ length: 11 }, (_, i) => `a${i}`) }, "BAD_USER_INPUT"],
    [{ ailments: ["x".repeat(101)] }, "BAD_USER_INPUT"],
    [{ ailments: ["muscle-spasm"], conditions: Array.from({ length: 21 }, (_, i) => `c${i}`) }, "BAD_USER_INPUT"],
    [{ ailments: ["muscle-spasm"], first: 0 }, "BAD_USER_INPUT"],
    [{ ailments: ["muscle-spasm"], first: 51 }, "BAD_USER_INPUT"],
    [{ ailments: ["stretching"] }, "BAD_USER_INPUT"],
    [{ ailments: ["muscle-spasm"], conditions: ["stretching"] }, "BAD_USER_INPUT"],
    // Changed by issue 15: texts are resolved (ids, names, synonyms); one that names nothing is bad input.
    [{ ailments: ["no-such-thing"] }, "BAD_USER_INPUT"],
    [{ ailments: ["muscle-spasm"], conditions: ["no-such-condition"] }, "BAD_USER_INPUT"],
  ])("rejects %j with %s and no stack trace", async (variables, code) => {
    const response = await recommend(variables);
    expect(response.data?.recommendTherapies ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("names each text that names nothing under its argument (extensions.fields)", async () => {
    const response = await recommend({
      ailments: ["muscle-spasm", "no-such-ailment"],
      conditions: ["no-such-condition"],
    });
    expect(response.errors?.[0].message).toContain('"no-such-ailment" names no ailment');
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: "ailments", messages: [expect.stringContaining("no-such-ailment")] },
      { field: "conditions", messages: [expect.stringContaining("no-such-condition")] },
    ]);
  });

  it("answers red flags first, questions, conditional items and evidence against, and a definite answer once answered", async () => {
    const query = `query ($a: [ID!]!, $c: [ID!], $yes: [ID!], $no: [ID!], $s: [AilmentStageInput!]) {
      recommendTherapies(ailments: $a, conditions: $c, confirmedStates: $yes, ruledOutStates: $no, stages: $s) {
        redFlags { redFlag { id urgency action } ailments { id } suggests { id } }
        questions { id kind intake text effect howToAnswer stages state { id question } about { id } therapies { id } }
        items { therapy { id } dependsOn precautions { id adaptation { pressure } } }
        conditional { therapy { id } dependsOn }
        excluded { therapy { id } because { id } }
        notSupported { therapy { id } outcome relation { note } }
        appliedConditions { id }
      }
    }`;
    const open = await graphql(server.url, query, { a: ["high blood pressure"] });
    expect(open.errors).toBeUndefined();
    const r = open.data!.recommendTherapies;
    // Warnings follow the person's states too: the hypertension's possible uncontrolled state shares the flag.
    expect(r.redFlags[0]).toMatchObject({ redFlag: { urgency: "EMERGENCY" } });
    expect(r.redFlags[0].ailments).toEqual(expect.arrayContaining([{ id: "hypertension" }]));
    const asked = r.questions.filter((q: any) => !q.intake);
    expect(asked.map((q: any) => q.id)).toEqual(["state:uncontrolled-hypertension", "state:controlled-hypertension"]);
    expect(asked[0]).toMatchObject({
      kind: "STATE",
      state: { id: "uncontrolled-hypertension" },
      about: [{ id: "hypertension" }],
    });
    expect(asked[0].howToAnswer).toContain('confirmedStates: ["uncontrolled-hypertension"]');
    expect(r.conditional.map((c: any) => c.therapy.id)).toContain("relaxation-massage");
    const answered = await graphql(server.url, query, {
      a: ["hypertension"],
      no: ["uncontrolled hypertension"],
      yes: ["medicated hypertension"],
    });
    expect(answered.data!.recommendTherapies.questions.filter((q: any) => !q.intake)).toEqual([]);
    expect(answered.data!.recommendTherapies.items[0]).toMatchObject({
      therapy: { id: "relaxation-massage" },
      dependsOn: [],
    });
    const staged = await graphql(server.url, query, {
      a: ["muscle-strain"],
      s: [{ ailment: "pulled muscle", stage: "ACUTE" }],
    });
    expect(staged.data!.recommendTherapies.appliedConditions).toEqual([{ id: "acute-strain-site" }]);
  });
});
