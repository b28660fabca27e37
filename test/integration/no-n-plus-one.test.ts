import { graphql, startTestServer, TestServer } from "../support/test-server";

/** Ailments with their causes, those causes' therapies, every relationship's sources: 4 levels of lists. */
const AILMENTS_DEEP = `query Deep($n: Int!) {
  ailments(first: $n) {
    edges { node {
      id
      causes {
        cause { id therapies { therapy { id } relation { sources { id title } } } }
        relation { note evidence sources { id title } }
      }
      therapies { therapy { id contraindications { contraindication { id severity } } } relation { sources { id } } }
      relatedAilments { ailment { id } relation { type } }
    } }
  }
}`;

/** Page + 3 levels of links + 2 levels of sources, with a spare for tick boundaries. */
const MAX_ROUND_TRIPS = 7;

const CAUSES_DEEP = `query Causes($n: Int!) {
  causes(first: $n) {
    edges { node { id ailments { ailment { id therapies { therapy { id } } } relation { sources { title } } } } }
  }
}`;

describe("nested fields are batched: round trips do not grow with the number of items", () => {
  // The real HTTP server (limits and all) over a Database whose transactions the test counts.
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  async function cost(query: string, n: number) {
    const before = server.db.transactionCount;
    const result = await graphql(server.url, query, { n });
    expect(result.errors).toBeUndefined();
    const transactions = server.db.transactionCount - before;
    return { transactions, items: (result.data.ailments ?? result.data.causes).edges.length as number };
  }

  it("5 ailments and 20 ailments with causes, therapies and sources cost the same number of transactions", async () => {
    const few = await cost(AILMENTS_DEEP, 5);
    const many = await cost(AILMENTS_DEEP, 20);
    expect(few.items).toBe(5);
    expect(many.items).toBeGreaterThan(10);
    // One query per loader per tick: page, links per level, sources per level. How loads fall into
    // ticks may shift by one between runs, but never with the number of items (N+1 would be 20+).
    expect(Math.abs(many.transactions - few.transactions)).toBeLessThanOrEqual(1);
    expect(many.transactions).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it("5 causes and 30 causes with their ailments and those ailments' therapies cost the same", async () => {
    const few = await cost(CAUSES_DEEP, 5);
    const many = await cost(CAUSES_DEEP, 30);
    expect(many.items).toBe(30);
    expect(Math.abs(many.transactions - few.transactions)).toBeLessThanOrEqual(1);
    expect(many.transactions).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it("a list is one round trip with its count; a filtered count reads apart, only when asked for", async () => {
    const page = `query($n: Int!) { ailments(first: $n) { edges { node { id } } } }`;
    const counted = `query($n: Int!) { ailments(first: $n) { totalCount edges { node { id } } } }`;
    expect((await cost(page, 5)).transactions).toBe(1);
    // Unfiltered, the kind's size comes from the count store in the page's own statement.
    expect((await cost(counted, 5)).transactions).toBe(1);
    const filtered = (count: string) =>
      `query($n: Int!) { ailments(first: $n, nameContains: "pain") { ${count} edges { node { id } } } }`;
    expect((await cost(filtered(""), 5)).transactions).toBe(1);
    expect((await cost(filtered("totalCount"), 5)).transactions).toBe(2);
  });

  describe("an entity's nested link fields are read with it, in one round trip", () => {
    const LINKS = `causes { cause { id } relation { type note } } therapies { therapy { id } relation { evidence } }
      relatedAilments { ailment { id } relation { type from } } contraindicationStates { contraindication { id } }`;

    async function ask(query: string, variables: Record<string, unknown> = {}) {
      const before = server.db.transactionCount;
      const result = await graphql(server.url, query, variables);
      expect(result.errors).toBeUndefined();
      return { data: result.data, transactions: server.db.transactionCount - before };
    }

    it("ailment(id) with four link lists is one transaction, and answers as the batched loader does", async () => {
      const ahead = await ask(`{ ailment(id: "muscle-spasm") { id name ${LINKS} } }`);
      expect(ahead.transactions).toBe(1);
      // The same lists through a page of ailments: page, then the link loader (no look-ahead there).
      const listed = await ask(`{ ailments(first: 100) { edges { node { id name ${LINKS} } } } }`);
      expect(listed.transactions).toBe(2);
      const same = listed.data.ailments.edges.find((e: any) => e.node.id === "muscle-spasm").node;
      expect(ahead.data.ailment).toEqual(same);
      expect(ahead.data.ailment.causes.length).toBeGreaterThan(3);
    });

    it("fragments, aliases and the Entity root are followed; @skip and @include are honoured", async () => {
      const query = `query($skip: Boolean!) {
        entity(id: "stress") { id ...AsCause ... on Cause { treatedBy: therapies @skip(if: $skip) { therapy { id } } } }
      }
      fragment AsCause on Cause { ailments { ailment { id } } }`;
      const all = await ask(query, { skip: false });
      expect(all.transactions).toBe(1);
      expect(all.data.entity.ailments.length).toBeGreaterThan(0);
      expect(all.data.entity.treatedBy.length).toBeGreaterThan(0);
      const skipped = await ask(query, { skip: true });
      expect(skipped.transactions).toBe(1);
      expect(skipped.data.entity.treatedBy).toBeUndefined();
    });

    it("LOOK_AHEAD=off gives the same answers, each link list then read by the loader", async () => {
      const query = `query($skip: Boolean!) {
        ailment(id: "muscle-spasm") { id name ${LINKS} ... on Cause { therapies @skip(if: $skip) { therapy { id } } } }
        entity(id: "stress") { id ... on Cause { ailments { ailment { id summary } } } } }`;
      const off = await startTestServer({ LOOK_AHEAD: "off" });
      try {
        for (const skip of [false, true]) {
          const ahead = await ask(query, { skip });
          const before = off.db.transactionCount;
          const plain = await graphql(off.url, query, { skip });
          expect(plain.errors).toBeUndefined();
          expect(plain.data).toEqual(ahead.data);
          // On: one read per root, each with its lists. Off: both entities in one loader read, then
          // every list of both in one link-loader read.
          expect(ahead.transactions).toBe(2);
          expect(off.db.transactionCount - before).toBe(2);
        }
      } finally {
        await off.close();
      }
    });

    it("an entity of another kind is null, and an unknown id costs one transaction", async () => {
      expect((await ask(`{ ailment(id: "relaxation-massage") { causes { cause { id } } } }`)).data.ailment).toBeNull();
      const unknown = await ask(`{ therapy(id: "no-such-thing") { contraindications { contraindication { id } } } }`);
      expect(unknown.data.therapy).toBeNull();
      expect(unknown.transactions).toBe(1);
    });
  });
});
