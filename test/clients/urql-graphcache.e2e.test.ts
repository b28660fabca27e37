import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange, type Cache, type CacheExchangeOpts } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { playgroundExamples } from "../../src/server";
import { cacheSchemaFacts } from "../support/client-cache";
import { captureWarnings, CLIENT_OPS, CURATOR_KEY, curatorServerPerFile, LISTS } from "../support/client-ops";
import { TestServer } from "../support/test-server";

/*
 * urql 6 with Graphcache against the real server, configured as the README says: the schema (so
 * interfaces match exactly) and `keys: () => null` for value objects. Any console warning
 * (Graphcache's "Invalid key", heuristic fragment matching, missing fields) fails the test.
 */

const facts = cacheSchemaFacts();
const keys = Object.fromEntries(facts.valueTypes.map((type) => [type, () => null]));

type Op = { query: string; variables?: Record<string, unknown> };

/**
 * A client whose mutations hand the cache to `inspect` (Graphcache answers store questions only
 * inside an update), after the result is written.
 */
function urql(
  server: TestServer,
  extra: Partial<CacheExchangeOpts> = {},
  inspect: (cache: Cache) => void = () => undefined,
): Client {
  return new Client({
    url: `${server.url}/graphql`,
    fetchOptions: { headers: { authorization: `Bearer ${CURATOR_KEY}` } },
    exchanges: [
      cacheExchange({
        schema: facts.introspection as CacheExchangeOpts["schema"],
        keys,
        ...extra,
        updates: {
          Mutation: {
            upsertAilment: (_result, _args, cache) => inspect(cache),
            link: (_result, _args, cache) => inspect(cache),
            // The payload names the record to drop and the relations that went with it.
            deleteEntity(result, _args, cache) {
              const gone = (result as any).deleteEntity;
              cache.invalidate({ __typename: gone.typename, id: gone.id });
              for (const id of gone.relationIds) cache.invalidate({ __typename: "Relation", id });
              inspect(cache);
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}

async function network(client: Client, op: Op): Promise<any> {
  const result = await client.query(gql(op.query), op.variables ?? {}, { requestPolicy: "network-only" }).toPromise();
  if (result.error) throw result.error;
  return result.data;
}

const cached = (client: Client, op: Op) => client.readQuery(gql(op.query), op.variables ?? {})?.data;

async function mutate(client: Client, op: Op): Promise<any> {
  const result = await client.mutation(gql(op.query), op.variables ?? {}).toPromise();
  if (result.error) throw result.error;
  return result.data;
}

describe("urql 6 with Graphcache", () => {
  const live = curatorServerPerFile();
  const warnings = captureWarnings();

  it("runs every playground example, and each reads back whole from the shared cache", async () => {
    const client = urql(live.server);
    const answers = [];
    for (const example of playgroundExamples) answers.push(await network(client, example));
    for (const [i, example] of playgroundExamples.entries()) {
      expect([example.title, cached(client, example)]).toEqual([example.title, answers[i]]);
    }
    expect(warnings()).toEqual([]);
  });

  it("would warn (the check can fail): a link selected without its id is an Invalid key", async () => {
    await network(urql(live.server), {
      query: `{ ailment(id: "muscle-spasm") { id causes { cause { id } relation { id type } } } }`,
    });
    expect(warnings().join("\n")).toMatch(/Invalid key/);
  });

  it("keeps the detail fields when a smaller query about the same ailment comes after", async () => {
    const client = urql(live.server);
    const detail = await network(client, CLIENT_OPS.detail);
    await network(client, CLIENT_OPS.smaller);
    expect(cached(client, CLIENT_OPS.detail)).toEqual(detail);
    expect(warnings()).toEqual([]);
  });

  it.each(LISTS)("walks %s forwards and backwards with relayPagination, without gaps or repeats", async (field) => {
    const forward = `query Walk($first: Int, $after: String) {
      ${field}(first: $first, after: $after) { totalCount edges { cursor node { __typename id name } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor } }
    }`;
    const client = urql(live.server, { resolvers: { Query: { [field]: relayPagination() } } });
    let page = (await network(client, { query: forward, variables: { first: 7 } }))[field];
    let merged = page;
    while (page.pageInfo.hasNextPage) {
      merged = (await network(client, { query: forward, variables: { first: 7, after: page.pageInfo.endCursor } }))[
        field
      ];
      page = { pageInfo: { hasNextPage: merged.pageInfo.hasNextPage, endCursor: merged.pageInfo.endCursor } };
    }
    const ids = merged.edges.map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(merged.totalCount);

    const backward = `query WalkBack($last: Int, $before: String) {
      ${field}(last: $last, before: $before) { edges { cursor node { __typename id name } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor } }
    }`;
    const back = urql(live.server, { resolvers: { Query: { [field]: relayPagination() } } });
    let mergedBack = (await network(back, { query: backward, variables: { last: 7 } }))[field];
    let before = mergedBack.pageInfo;
    while (before.hasPreviousPage) {
      mergedBack = (await network(back, { query: backward, variables: { last: 7, before: before.startCursor } }))[
        field
      ];
      before = mergedBack.pageInfo;
    }
    expect(mergedBack.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(warnings()).toEqual([]);
  });

  it("keeps one record for stress, renames it everywhere, links, and deletes with correct lists", async () => {
    // What the store holds right after each mutation's result is written.
    let seen: Record<string, unknown> = {};
    const client = urql(live.server, {}, (cache) => {
      seen = {
        otherStressKeys: ["Cause:stress", "ContributingFactor:stress", "Entity:stress"].flatMap((key) =>
          cache.inspectFields(key),
        ),
        stressName: cache.resolve("Ailment:stress", "name"),
        deletedFields: cache.inspectFields("Ailment:zz-client-neck").length,
        deletedRelationFields: cache.inspectFields("Relation:zz-client-neck:CAUSED_BY:stress").length,
      };
    });
    await network(client, CLIENT_OPS.stressAsCause);
    await network(client, CLIENT_OPS.stressAsAilment);
    await network(client, CLIENT_OPS.stressAsEntity);
    await network(client, CLIENT_OPS.causesList);

    await mutate(client, CLIENT_OPS.renameStress);
    expect(seen).toMatchObject({ otherStressKeys: [], stressName: "Stress (renamed)" });
    expect(cached(client, CLIENT_OPS.stressAsCause).cause.name).toBe("Stress (renamed)");
    expect(cached(client, CLIENT_OPS.stressAsAilment).ailment.name).toBe("Stress (renamed)");
    expect(cached(client, CLIENT_OPS.stressAsEntity).entity.name).toBe("Stress (renamed)");

    await mutate(client, CLIENT_OPS.createAilment);
    await network(client, CLIENT_OPS.newAilmentCauses);
    const linked = await mutate(client, CLIENT_OPS.link);
    expect(linked.link.id).toBe("zz-client-neck:CAUSED_BY:stress");
    expect(cached(client, CLIENT_OPS.newAilmentCauses).ailment.causes.map((l: any) => l.cause.id)).toEqual(["stress"]);
    expect(cached(client, CLIENT_OPS.stressAsCause).cause.ailments.map((l: any) => l.ailment.id)).toContain(
      "zz-client-neck",
    );

    const deleted = await mutate(client, CLIENT_OPS.deleteAilment);
    expect(deleted.deleteEntity).toMatchObject({
      id: "zz-client-neck",
      typename: "Ailment",
      relationIds: ["zz-client-neck:CAUSED_BY:stress"],
    });
    expect(seen).toMatchObject({ deletedFields: 0, deletedRelationFields: 0 });
    const after = cached(client, CLIENT_OPS.stressAsCause).cause.ailments;
    expect(after.map((l: any) => l.ailment.id)).not.toContain("zz-client-neck");
    expect((await network(client, CLIENT_OPS.stressAsCause)).cause.ailments).toEqual(after);
    expect(warnings()).toEqual([]);
  });
});
