/** Operations and helpers shared by the Apollo Client and urql tests (test/clients). */
import { ensureSeedGraph } from "./seed-graph";
import { startTestServer, type TestServer } from "./test-server";

export const CURATOR_KEY = "client-cache-test-key-0123456789";

/** The four Relay lists. */
export const LISTS = ["ailments", "causes", "therapies", "contraindications"] as const;

const LINK_LISTS = "causes { id cause { __typename id name } relation { id type evidence } }";

export const CLIENT_OPS = {
  stressAsCause: {
    query: `query StressAsCause { cause(id: "stress") { __typename id name roles ailments { id ailment { id name } relation { id type } } } }`,
  },
  stressAsAilment: {
    query: `query StressAsAilment { ailment(id: "stress") { __typename id name kind ${LINK_LISTS} } }`,
  },
  stressAsEntity: {
    query: `query StressAsEntity { entity(id: "stress") { __typename id name ... on Cause { therapies { id therapy { id name } } } } }`,
  },
  causesList: {
    query: `query CausesList { causes(first: 100) { edges { node { __typename id name } } } }`,
  },
  detail: {
    query: `query Detail($id: ID!) {
      ailment(id: $id) {
        id name summary synonyms
        causes { id cause { __typename id name summary } relation { id type note evidence stage sources { id title url } } }
        therapies { id therapy { id name } relation { id note evidence } }
      }
    }`,
    variables: { id: "muscle-spasm" },
  },
  smaller: {
    query: `query Smaller($id: ID!) { ailment(id: $id) { id name causes { id cause { __typename id name } relation { id type } } } }`,
    variables: { id: "muscle-spasm" },
  },
  renameStress: {
    query: `mutation RenameStress($input: AilmentInput!) { upsertAilment(input: $input) { __typename id name roles } }`,
    variables: {
      input: {
        id: "stress",
        name: "Stress (renamed)",
        summary: "The body's response to pressure; renamed by a client cache test.",
        alsoActsAs: ["CAUSE"],
      },
    },
  },
  createAilment: {
    query: `mutation CreateAilment($input: AilmentInput!) { upsertAilment(input: $input) { __typename id name } }`,
    variables: { input: { id: "zz-client-neck", name: "Zz client neck stiffness", summary: "A test ailment." } },
  },
  newAilmentCauses: {
    query: `query NewAilmentCauses { ailment(id: "zz-client-neck") { __typename id name ${LINK_LISTS} } }`,
  },
  link: {
    query: `mutation Link($input: LinkInput!) {
      link(input: $input) {
        id type from to note evidence
        fromEntity { __typename id ... on Ailment { ${LINK_LISTS} } }
        toEntity { __typename id ... on Cause { ailments { id ailment { id name } relation { id type } } } }
      }
    }`,
    variables: {
      input: {
        from: "zz-client-neck",
        type: "CAUSED_BY",
        to: "stress",
        note: "Tension holds the neck short.",
        evidence: "C",
        sources: ["mybestremedies-massage"],
      },
    },
  },
  deleteAilment: {
    query: `mutation DeleteAilment($id: ID!) {
      deleteEntity(id: $id) {
        id typename relationIds
        neighbours { __typename id ... on Cause { ailments { id ailment { id name } relation { id type } } } }
      }
    }`,
    variables: { id: "zz-client-neck" },
  },
};

/** Every console.warn and console.error during a test (both clients report cache problems there). */
/**
 * One server for the file's tests, with CURATOR_KEY as a curator key. The rename test leaves stress
 * renamed and the other tests read stress: each test starts from the seed graph, whatever order
 * --randomize picks (a digest check; a reload only after a test that wrote).
 */
export function curatorServerPerFile(): { server: TestServer } {
  const live = {} as { server: TestServer };
  beforeAll(async () => {
    live.server = await startTestServer({ CURATOR_API_KEYS: CURATOR_KEY });
  });
  afterEach(async () => void (await ensureSeedGraph(live.server.db)));
  afterAll(async () => {
    await ensureSeedGraph(live.server.db);
    await live.server.close();
  });
  return live;
}

export function captureWarnings(): () => string[] {
  let seen: string[] = [];
  let spies: jest.SpyInstance[] = [];
  beforeEach(() => {
    seen = [];
    spies = (["warn", "error"] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void seen.push(`${level}: ${args.map(String).join(" ")}`)),
    );
  });
  afterEach(() => spies.forEach((spy) => spy.mockRestore()));
  return () => seen;
}

const ENTITY_TYPES = new Set(["Ailment", "ContributingFactor", "Therapy", "Contraindication"]);

/** Cache keys of entity records (`Type:id`), grouped by entity id. */
export function entityKeys(keys: string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const key of keys) {
    const colon = key.indexOf(":");
    const type = key.slice(0, colon);
    if (!ENTITY_TYPES.has(type)) continue;
    const id = key.slice(colon + 1);
    byId.set(id, [...(byId.get(id) ?? []), key]);
  }
  return byId;
}
