import { graphql, startTestServer, TestServer } from "../support/test-server";

describe("nested link fields over the seed graph", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("an ailment shows its causes and therapies with each relationship's note, evidence and sources", async () => {
    const { data, errors } = await graphql(
      server.url,
      `
        {
          ailment(id: "muscle-spasm") {
            causes {
              cause {
                id
                kind
              }
              relation {
                type
                from
                to
                note
                evidence
                sources {
                  id
                  title
                }
              }
            }
            therapies {
              therapy {
                id
              }
              relation {
                type
                note
              }
            }
            relatedAilments {
              ailment {
                id
              }
              relation {
                type
              }
            }
            contraindicationStates {
              contraindication {
                id
                severity
                scope
              }
              relation {
                type
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const stress = data.ailment.causes.find((c: any) => c.cause.id === "stress");
    expect(stress.relation).toMatchObject({ type: "CAUSED_BY", from: "muscle-spasm", to: "stress" });
    expect(stress.relation.note).toEqual(expect.any(String));
    expect(stress.relation.sources.length).toBeGreaterThan(0);
    expect(data.ailment.therapies.map((t: any) => t.therapy.id)).toContain("relaxation-massage");
    const related = data.ailment.relatedAilments
      .filter((r: any) => r.ailment.id === "myofascial-trigger-points")
      .map((r: any) => r.relation.type);
    expect(related.sort()).toEqual(["DISTINCT_FROM", "LEADS_TO"]);
    expect(data.ailment.contraindicationStates.length).toBeGreaterThan(0);
    expect(data.ailment.contraindicationStates.every((c: any) => c.relation.type === "PRESENTS_AS")).toBe(true);
  });

  // Issue 27: a link no readable source carries says so, and a list read that selects the label gets it.
  it("shows a practice-only link as such: practiceOnly, graded D, no sources, in lists and by id", async () => {
    const [row] = await server.db.readStatement<{ from: string; type: string; to: string }>(
      "test.practice-only",
      `MATCH (a:Therapy)-[r:CONTRAINDICATED_BY {practiceOnly: true}]->(b:Contraindication)
       RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from, to LIMIT 1`,
    );
    expect(row).toBeDefined();
    const fields = "practiceOnly evidence sources { id } locators { sourceId }";
    const { data, errors } = await graphql(
      server.url,
      `query ($id: ID!, $rel: ID!) {
        therapy(id: $id) { contraindications { contraindication { id } relation { id ${fields} } } }
        node(id: $rel) { ... on Relation { ${fields} } }
      }`,
      { id: row.from, rel: `${row.from}:${row.type}:${row.to}` },
    );
    expect(errors).toBeUndefined();
    const expected = { practiceOnly: true, evidence: "D", sources: [], locators: [] };
    expect(data.node).toEqual(expected);
    const listed = data.therapy.contraindications.find((c: any) => c.contraindication.id === row.to);
    expect(listed.relation).toEqual({ id: `${row.from}:${row.type}:${row.to}`, ...expected });
    const sourced = data.therapy.contraindications.filter((c: any) => c.relation.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(0);
    expect(sourced.every((c: any) => c.relation.practiceOnly === false)).toBe(true);
  });

  it("links read both ways: cause -> ailments and therapies, therapy -> treats and contraindications, contraindication -> therapies", async () => {
    const { data, errors } = await graphql(
      server.url,
      `
        {
          cause(id: "stress") {
            ailments {
              ailment {
                id
              }
            }
            therapies {
              therapy {
                id
              }
            }
          }
          therapy(id: "relaxation-massage") {
            treats {
              entity {
                id
                kind
              }
              relation {
                type
                to
              }
            }
            contraindications {
              contraindication {
                id
                severity
              }
            }
          }
          contraindication(id: "pregnancy") {
            therapies {
              therapy {
                id
              }
              relation {
                type
                from
                to
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data.cause.ailments.map((a: any) => a.ailment.id)).toContain("muscle-spasm");
    expect(data.cause.therapies.map((t: any) => t.therapy.id)).toContain("relaxation-massage");
    expect(data.therapy.treats.map((t: any) => t.entity.id)).toEqual(
      expect.arrayContaining(["muscle-spasm", "stress"]),
    );
    expect(
      data.therapy.treats.every((t: any) => t.relation.type === "TREATED_BY" && t.relation.to === "relaxation-massage"),
    ).toBe(true);
    expect(data.therapy.contraindications.length).toBeGreaterThan(0);
    expect(data.contraindication.therapies.every((t: any) => t.relation.to === "pregnancy")).toBe(true);
  });

  it("any entity lists its relations, filtered by type and direction; unknown types are refused", async () => {
    const { data, errors } = await graphql(
      server.url,
      `
        {
          entity(id: "muscle-spasm") {
            out: relations(types: [DISTINCT_FROM], direction: OUTGOING) {
              entity {
                id
              }
              direction
              relation {
                type
              }
            }
            incoming: relations(direction: INCOMING) {
              direction
              relation {
                to
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data.entity.out.map((l: any) => l.entity.id).sort()).toEqual(["muscle-strain", "myofascial-trigger-points"]);
    expect(data.entity.incoming.every((l: any) => l.direction === "INCOMING" && l.relation.to === "muscle-spasm")).toBe(
      true,
    );
    // RelationType is an enum: a literal is refused before execution, a variable as BAD_USER_INPUT naming it.
    const bad = await graphql(
      server.url,
      `
        {
          entity(id: "muscle-spasm") {
            relations(types: [LOVES]) {
              entity {
                id
              }
            }
          }
        }
      `,
    );
    expect(bad.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const badVariable = await graphql(
      server.url,
      `
        query ($t: [RelationType!]) {
          entity(id: "muscle-spasm") {
            relations(types: $t) {
              entity {
                id
              }
            }
          }
        }
      `,
      { t: ["LOVES"] },
    );
    expect(badVariable.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "$t[0]" })],
    });
  });
});

describe("a link list asked twice under aliases, through fragments or variables, answers each as asked", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  const NEIGHBOUR = "id name kind roles summary synonyms category codes";

  it("the same list asked with two fields and with every field, side by side, answers each as asked", async () => {
    // The look-ahead of ailment(id), then the batched link loader under a list.
    for (const [open, close] of [
      [`ailment(id: "muscle-spasm") {`, "}"],
      ["ailments(first: 3) { edges { node {", "} } }"],
    ]) {
      const { data, errors } = await graphql(
        server.url,
        `{ ${open}
        few: causes { cause { id name } relation { note } }
        full: causes { cause { ...Whole } relation { note } }
        ${close} }
        fragment Whole on Cause { ${NEIGHBOUR} }`,
      );
      expect(errors).toBeUndefined();
      const ailments = data.ailment ? [data.ailment] : data.ailments.edges.map((e: any) => e.node);
      for (const ailment of ailments) {
        expect(ailment.few.length).toBe(ailment.full.length);
        ailment.full.forEach((link: any, i: number) => {
          expect(ailment.few[i]).toEqual({
            cause: { id: link.cause.id, name: link.cause.name },
            relation: link.relation,
          });
        });
      }
      const summaries = ailments.flatMap((a: any) => a.full.map((l: any) => l.cause.summary));
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.every((s: string) => s.length > 20)).toBe(true);
    }
  });

  it("a field reached through a fragment on the neighbour, or switched on by a variable, is read", async () => {
    const query = `query($more: Boolean!) { ailment(id: "muscle-spasm") {
        causes { cause { id ... on Entity { summary @include(if: $more) } } }
        therapies { ...T } } }
      fragment T on TherapyLink { therapy { id ...Synonyms } }
      fragment Synonyms on Therapy { synonyms }`;
    // The server keeps the parsed query: the second and third requests must still follow $more.
    for (const more of [false, true, false]) {
      const { data, errors } = await graphql(server.url, query, { more });
      expect(errors).toBeUndefined();
      expect(
        data.ailment.causes.every((c: any) => (more ? c.cause.summary.length > 20 : c.cause.summary === undefined)),
      ).toBe(true);
      expect(data.ailment.therapies.some((t: any) => t.therapy.synonyms.length > 0)).toBe(true);
    }
  });
});
