import { readSeedFolder } from "../../src/seed";
import type { SeedRelationship } from "../../src/seed";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/**
 * The clinical content issue 16 fixed, read the way a client reads it (GraphQL over the loaded
 * seed) and, for whole-graph rules, from the seed folder itself.
 */
const { graph } = readSeedFolder();
const links = (filter: Partial<SeedRelationship>) =>
  graph.relationships.filter((r) =>
    Object.entries(filter).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v),
  );
const link = (from: string, type: string, to: string) => {
  const found = links({ from, type: type as SeedRelationship["type"], to });
  if (found.length !== 1) throw new Error(`expected one ${from} -${type}-> ${to}, found ${found.length}`);
  return found[0];
};
const entity = (id: string) => graph.entities.find((e) => e.id === id);
const source = (id: string) => graph.sources.find((s) => s.id === id);

const NEW_AILMENTS = [
  "low-back-pain",
  "neck-pain",
  "tension-type-headache",
  "fibromyalgia",
  "anxiety",
  "depression",
  "insomnia",
  "sciatica",
  "plantar-fasciitis",
  "carpal-tunnel-syndrome",
  "delayed-onset-muscle-soreness",
  "constipation",
  "cancer-related-symptoms",
  "arthritis",
  "breast-surgery-recovery",
];

describe("issue 16 content", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const ask = async (query: string) => {
    const { data, errors } = await graphql(server.url, query);
    expect(errors).toBeUndefined();
    return data;
  };

  it("records that massage does not lower cortisol (Moyer et al. 2011), as evidence and never as a recommendation", async () => {
    const data = await ask(`{ cause(id: "elevated-cortisol") {
      therapies { therapy { id } }
      relations(types: [TREATED_BY], direction: OUTGOING) { entity { id } relation { evidence outcome sources { id title type doi pmid } } } } }`);
    expect(data.cause.therapies.map((t: any) => t.therapy.id)).not.toContain("relaxation-massage");
    const massage = data.cause.relations.find((l: any) => l.entity.id === "relaxation-massage");
    expect(massage.relation).toMatchObject({ evidence: "A", outcome: "NO_BENEFIT" });
    expect(massage.relation.sources).toEqual([
      {
        id: "moyer-2011-massage-cortisol",
        title: "Does massage therapy reduce cortisol? A comprehensive quantitative review",
        type: "review",
        doi: "10.1016/j.jbmt.2010.06.001",
        pmid: "21147413",
      },
    ]);
    expect(source("field-2005-massage-cortisol")).toBeUndefined();
  });

  it("treats recent chemotherapy as a general precaution with an adaptation the API shows", async () => {
    const data = await ask(`{ contraindication(id: "recent-chemotherapy") { severity scope question
      adaptation { pressure position avoid maxMinutes clearance notes } } }`);
    expect(data.contraindication).toMatchObject({
      severity: "PRECAUTION",
      scope: "GENERAL",
      question: expect.any(String),
    });
    expect(data.contraindication.adaptation.pressure).toBe("LIGHT");
    expect(data.contraindication.adaptation.avoid).toEqual(expect.arrayContaining(["deep pressure"]));
    expect(data.contraindication.adaptation.notes).toMatch(/blood counts/);
    for (const rel of links({ type: "CONTRAINDICATED_BY", to: "recent-chemotherapy" }))
      expect(rel.note).not.toMatch(/postpone/i);
  });

  it("gives every precaution an adaptation, and every source a type, a review date and a covers list", () => {
    const precautions = graph.entities.filter((e) => e.severity === "PRECAUTION");
    expect(precautions.length).toBeGreaterThanOrEqual(20);
    expect(precautions.filter((p) => !p.adaptation).map((p) => p.id)).toEqual([]);
    expect(graph.sources.filter((s) => !s.type || !s.reviewed || !s.covers?.length).map((s) => s.id)).toEqual([]);
    expect(graph.sources.filter((s) => s.type === "textbook" && !s.edition).map((s) => s.id)).toEqual([]);
    expect(source("mybestremedies-massage")).toMatchObject({
      type: "website",
      publisher: "My Best Remedies",
      title: expect.stringContaining("Massage"),
    });
    // Issue 27: a link rests on a source or says it is practice-only (graded D, no source); no
    // textbook is cited without its chapter or page, so the unread books have left the seed.
    expect(graph.relationships.filter((r) => r.sources.length === 0 && !r.practiceOnly)).toEqual([]);
    expect(graph.relationships.filter((r) => r.practiceOnly && (r.evidence !== "D" || r.sources.length > 0))).toEqual(
      [],
    );
    expect(graph.sources.map((s) => s.id)).not.toContain("werner-massage-pathology");
    // No source covers everything (issue 27): each lists its entity ids, so the both-ends check applies.
    expect(graph.sources.filter((s) => s.covers?.includes("*")).map((s) => s.id)).toEqual([]);
  });

  it("splits arthritis: osteoarthritis keeps DJD but not the generic word, which a general arthritis entry owns", async () => {
    const oa = entity("osteoarthritis");
    expect(oa?.synonyms).toEqual(
      expect.arrayContaining(["djd", "degenerative joint disease", "wear and tear arthritis"]),
    );
    expect(oa?.synonyms).not.toContain("arthritis");
    expect(entity("arthritis")?.kind).toBe("ailment");
    expect(
      links({ from: "arthritis", type: "RELATED_TO" })
        .map((r) => r.to)
        .sort(),
    ).toEqual(["osteoarthritis", "rheumatoid-arthritis"]);
    const data = await ask(`{ search(text: "arthritis", first: 3) { entity { id } } }`);
    expect(data.search[0].entity.id).toBe("arthritis");
  });

  it("takes 'relaxation' off stress and 'breast drainage' off lymphedema", () => {
    expect(entity("stress")?.synonyms).not.toContain("relaxation");
    expect(entity("breast-lymphedema")?.synonyms).not.toContain("breast drainage");
    expect(entity("breast-surgery-recovery")?.synonyms).toContain("breast drainage");
    expect(link("breast-surgery-recovery", "LEADS_TO", "breast-lymphedema").sources).toContain("nci-lymphedema-pdq");
  });

  it("grades the pain-spasm-ischemia cycle as a contested theory, and article-only links as D", () => {
    for (const [from, to] of [
      ["muscle-spasm", "muscle-ischemia"],
      ["muscle-ischemia", "muscle-pain"],
      ["muscle-pain", "muscle-spasm"],
    ]) {
      const rel = link(from, "LEADS_TO", to);
      expect(rel.evidence).toBe("D");
      expect(rel.note).toMatch(/contested/);
    }
    const articleOnly = graph.relationships.filter(
      (r) => r.sources.length === 1 && r.sources[0] === "mybestremedies-massage",
    );
    expect(articleOnly.length).toBeGreaterThan(30);
    expect(articleOnly.filter((r) => r.evidence !== "D")).toEqual([]);
  });

  it("cites the sleep benefit to a review of trials that measured sleep, and the friction review only for its topic", () => {
    const sleep = link("sleep-disturbance", "TREATED_BY", "relaxation-massage");
    expect(sleep.sources).toEqual(["samuel-2021-massage-sleep-cancer"]);
    expect(source(sleep.sources[0])?.type).toBe("review");
    const friction = graph.relationships.filter((r) => r.sources.includes("cochrane-friction-tendinitis"));
    // The review is about lateral elbow (tennis elbow) and lateral knee tendinitis: those links only.
    expect(friction.map((r) => `${r.from} -${r.type}-> ${r.to}`).sort()).toEqual([
      "lateral-epicondylalgia -TREATED_BY-> deep-transverse-friction",
      "tendinitis -TREATED_BY-> deep-transverse-friction",
    ]);
    for (const r of friction) expect(r).toMatchObject({ outcome: "insufficient" });
  });

  it("grades evidence from another population at most C and says so (issue 27 re-grade)", () => {
    const fromSurvivors = graph.relationships.filter((r) => r.sources.includes("samuel-2021-massage-sleep-cancer"));
    expect(fromSurvivors.length).toBeGreaterThan(0);
    for (const r of fromSurvivors) {
      expect(["C", "D"]).toContain(r.evidence);
      expect(r.note).toMatch(/cancer survivors/);
      expect(r.note).toMatch(/another population/);
    }
    // One meta-analysis of small trials supports B, not A.
    expect(link("delayed-onset-muscle-soreness", "TREATED_BY", "relaxation-massage").evidence).toBe("B");
  });

  it("drops consumer pages cited for massage rules they do not discuss", () => {
    const consumer = new Set(graph.sources.filter((s) => s.type === "website").map((s) => s.id));
    const misattached = links({ type: "CONTRAINDICATED_BY" }).filter((r) =>
      r.sources.some((s) => consumer.has(s) && !source(s)?.covers?.includes(r.from)),
    );
    expect(misattached).toEqual([]);
  });

  it("adds the missing contraindication links", () => {
    const expected: [string, string, string, string][] = [
      ["therapeutic-exercise", "pre-eclampsia", "ABSOLUTE", "GENERAL"],
      ["therapeutic-exercise", "cardiac-edema", "ABSOLUTE", "GENERAL"],
      ["therapeutic-exercise", "autoimmune-flare", "ABSOLUTE", "GENERAL"],
      ["heat-therapy", "autoimmune-flare", "ABSOLUTE", "GENERAL"],
      ["heat-therapy", "acute-infection", "ABSOLUTE", "GENERAL"],
      ["compression-therapy", "peripheral-arterial-disease", "ABSOLUTE", "LOCAL"],
      ["cold-therapy", "raynauds-phenomenon", "ABSOLUTE", "LOCAL"],
      ["ice-massage", "raynauds-phenomenon", "ABSOLUTE", "LOCAL"],
      ["deep-tissue-massage", "bone-metastases", "PRECAUTION", "GENERAL"],
      ["relaxation-massage", "recent-surgery", "PRECAUTION", "GENERAL"],
      ["relaxation-massage", "at-risk-arm-lymph-node-removal", "PRECAUTION", "LOCAL"],
    ];
    for (const [therapy, ci, severity, scope] of expected) {
      const rule = link(therapy, "CONTRAINDICATED_BY", ci);
      expect(rule.sources.length > 0 || rule.practiceOnly).toBe(true);
      expect(entity(ci)).toMatchObject({ severity, scope });
    }
  });

  it("holds at least 30 ailments, and each new one has a cause, a therapy that helps, a red flag and sources", async () => {
    const ailments = graph.entities.filter((e) => e.kind === "ailment" || e.alsoActsAs.includes("ailment"));
    expect(ailments.length).toBeGreaterThanOrEqual(30);
    for (const id of NEW_AILMENTS) {
      const data = await ask(`{ ailment(id: "${id}") { id
        causes { cause { id } relation { practiceOnly sources { id } } }
        therapies { therapy { id } relation { outcome practiceOnly sources { id } } }
        redFlags { redFlag { id urgency action } relation { practiceOnly sources { id } } } } }`);
      const a = data.ailment;
      expect(a).not.toBeNull();
      expect(a.causes.length).toBeGreaterThan(0);
      expect(a.therapies.filter((t: any) => t.relation.outcome === "BENEFIT").length).toBeGreaterThan(0);
      expect(a.redFlags.length).toBeGreaterThan(0);
      for (const l of [...a.causes, ...a.therapies, ...a.redFlags])
        expect(l.relation.sources.length > 0 || l.relation.practiceOnly).toBe(true);
    }
  });

  it("gives the red flags the issue names the right urgency", () => {
    const urgency = (ailment: string, flag: string) => {
      link(ailment, "HAS_RED_FLAG", flag);
      return entity(flag)?.urgency;
    };
    expect(urgency("low-back-pain", "cauda-equina-signs")).toBe("EMERGENCY");
    expect(urgency("sciatica", "cauda-equina-signs")).toBe("EMERGENCY");
    expect(urgency("depression", "thoughts-of-suicide-or-self-harm")).toBe("EMERGENCY");
    expect(urgency("constipation", "bowel-warning-signs")).toBe("SOON");
    expect(urgency("cancer-related-symptoms", "fever-during-chemotherapy")).toBe("EMERGENCY");
  });

  it("records honest outcomes where trials found no specific effect", () => {
    expect(link("tension-type-headache", "TREATED_BY", "trigger-point-therapy")).toMatchObject({
      outcome: "insufficient",
      evidence: "B",
    });
    expect(link("insomnia", "TREATED_BY", "relaxation-massage")).toMatchObject({ outcome: "insufficient" });
    expect(link("carpal-tunnel-syndrome", "TREATED_BY", "heat-therapy")).toMatchObject({ outcome: "no-benefit" });
    expect(link("low-back-pain", "TREATED_BY", "relaxation-massage").evidence).toBe("B");
  });
  it("gives a textbook citation its chapter and pages on the link, and only for a source the link cites (issue 27)", async () => {
    const data = await ask(`{ therapy(id: "relaxation-massage") { contraindications {
      contraindication { id } relation { sources { id } locators { sourceId locator } } } } }`);
    const fever = data.therapy.contraindications.find((l: any) => l.contraindication.id === "fever");
    expect(fever.relation.sources.map((s: any) => s.id)).toContain("stein-oz-2004-massage-cardiovascular");
    expect(fever.relation.locators).toEqual([
      {
        sourceId: "stein-oz-2004-massage-cardiovascular",
        locator: "ch. 10, Table 1 (Special considerations for massage), pp. 160-162",
      },
    ]);
    // Every locator names a cited source; a link citing no located book has none.
    for (const { relation } of data.therapy.contraindications) {
      const cited = relation.sources.map((s: any) => s.id);
      for (const { sourceId } of relation.locators) expect(cited).toContain(sourceId);
    }
    const unlocated = data.therapy.contraindications.filter((l: any) => l.relation.locators.length === 0);
    expect(unlocated.length).toBeGreaterThan(0);
  });
});
