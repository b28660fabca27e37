import "../support/apollo-dev";
import { ApolloClient, gql, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { relayStylePagination } from "@apollo/client/utilities";
import { playgroundExamples } from "../../src/server";
import { cacheSchemaFacts } from "../support/client-cache";
import {
  captureWarnings,
  CLIENT_OPS,
  CURATOR_KEY,
  curatorServerPerFile,
  entityKeys,
  LISTS,
} from "../support/client-ops";
import { TestServer } from "../support/test-server";

/*
 * Apollo Client 4 against the real server, configured as the README says: possibleTypes from the
 * schema and `merge: true` for value objects. Any console warning (cache data loss, missing
 * fields, fragment matching) fails the test.
 */

loadDevMessages();
loadErrorMessages();

const facts = cacheSchemaFacts();
/** As the README says: value objects merge, lists of keyed objects are replaced whole. */
function typePolicies(queryFields: Record<string, unknown> = {}): TypePolicies {
  const policies: TypePolicies = Object.fromEntries(facts.valueTypes.map((type) => [type, { merge: true }]));
  for (const [type, fields] of Object.entries(facts.keyedLists)) {
    policies[type] = {
      ...policies[type],
      fields: Object.fromEntries(fields.map((field) => [field, { merge: false }])),
    };
  }
  policies.Query = {
    ...policies.Query,
    fields: { ...(policies.Query?.fields ?? {}), ...queryFields },
  } as TypePolicies[string];
  return policies;
}

function client(server: TestServer, queryFields: Record<string, unknown> = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${server.url}/graphql`, headers: { authorization: `Bearer ${CURATOR_KEY}` } }),
    cache: new InMemoryCache({ possibleTypes: facts.possibleTypes, typePolicies: typePolicies(queryFields) }),
  });
}

/** The normalised records of the cache, by cache key. */
const records = (apollo: ApolloClient) => apollo.cache.extract() as Record<string, Record<string, unknown>>;

describe("Apollo Client 4 with a normalised InMemoryCache", () => {
  const live = curatorServerPerFile();
  const warnings = captureWarnings();

  it("runs every playground example, and each reads back whole from the shared cache", async () => {
    const apollo = client(live.server);
    const answers = [];
    for (const example of playgroundExamples) {
      const { data } = await apollo.query({
        query: gql(example.query),
        variables: example.variables,
        fetchPolicy: "network-only",
      });
      expect(data).toBeTruthy();
      answers.push(data);
    }
    // Later answers about the same objects must not have dropped fields an earlier one holds.
    for (const [i, example] of playgroundExamples.entries()) {
      const cached = apollo.readQuery({ query: gql(example.query), variables: example.variables });
      expect([example.title, cached]).toEqual([example.title, answers[i]]);
    }
    expect(warnings()).toEqual([]);
  });

  it("keeps one record per entity, whichever field returned it (stress is Ailment:stress only)", async () => {
    const apollo = client(live.server);
    for (const op of [
      CLIENT_OPS.stressAsCause,
      CLIENT_OPS.stressAsAilment,
      CLIENT_OPS.stressAsEntity,
      CLIENT_OPS.causesList,
    ]) {
      await apollo.query({ query: gql(op.query), fetchPolicy: "network-only" });
    }
    const keys = Object.keys(records(apollo));
    expect(keys).toContain("Ailment:stress");
    const perEntity = entityKeys(keys);
    expect(perEntity.get("stress")).toEqual(["Ailment:stress"]);
    for (const [id, records] of perEntity) expect([id, records]).toEqual([id, [records[0]]]);
    expect(warnings()).toEqual([]);
  });

  it("would warn (the check can fail): a relation selected without its id, replaced by a smaller one, loses data", async () => {
    const apollo = client(live.server);
    const causes = (relation: string) =>
      gql(`query Causes { ailment(id: "muscle-spasm") { id causes { id relation { ${relation} } } } }`);
    await apollo.query({ query: causes("type note evidence"), fetchPolicy: "network-only" });
    await apollo.query({ query: causes("type"), fetchPolicy: "network-only" });
    expect(warnings().length).toBeGreaterThan(0);
  });

  it("keeps the detail fields when a smaller query about the same ailment comes after", async () => {
    const apollo = client(live.server);
    const detail = await apollo.query({
      query: gql(CLIENT_OPS.detail.query),
      variables: CLIENT_OPS.detail.variables,
      fetchPolicy: "network-only",
    });
    await apollo.query({
      query: gql(CLIENT_OPS.smaller.query),
      variables: CLIENT_OPS.smaller.variables,
      fetchPolicy: "network-only",
    });
    expect(apollo.readQuery({ query: gql(CLIENT_OPS.detail.query), variables: CLIENT_OPS.detail.variables })).toEqual(
      detail.data,
    );
    const relation = records(apollo)["Relation:muscle-spasm:CAUSED_BY:stress"];
    // The seed grades this link D (a consumer article); what matters is that no field was lost.
    expect(relation).toMatchObject({ note: expect.any(String), evidence: "D", type: "CAUSED_BY" });
    expect(warnings()).toEqual([]);
  });

  it.each(LISTS)("walks %s forwards and backwards, Relay style, without gaps or repeats", async (field) => {
    const apollo = client(live.server, {
      [field]: relayStylePagination(["nameContains", "category", "severity", "scope"]),
    });
    const forward = gql(`query Walk($first: Int, $after: String) {
      ${field}(first: $first, after: $after) { totalCount edges { cursor node { __typename id name } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor } }
    }`);
    const first = await apollo.query({ query: forward, variables: { first: 7 }, fetchPolicy: "network-only" });
    const observable = apollo.watchQuery({ query: forward, variables: { first: 7 } });
    let page = (first.data as any)[field];
    while (page.pageInfo.hasNextPage) {
      const more = await observable.fetchMore({ variables: { first: 7, after: page.pageInfo.endCursor } });
      page = (more.data as any)[field];
    }
    const merged = apollo.readQuery<any>({ query: forward, variables: { first: 7 } })[field];
    const ids = merged.edges.map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(merged.totalCount);

    const backwards = client(live.server, {
      [field]: relayStylePagination(["nameContains", "category", "severity", "scope"]),
    });
    const backward = gql(`query WalkBack($last: Int, $before: String) {
      ${field}(last: $last, before: $before) { edges { cursor node { __typename id name } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor } }
    }`);
    const last = await backwards.query({ query: backward, variables: { last: 7 }, fetchPolicy: "network-only" });
    const watchBack = backwards.watchQuery({ query: backward, variables: { last: 7 } });
    let back = (last.data as any)[field];
    while (back.pageInfo.hasPreviousPage) {
      const more = await watchBack.fetchMore({ variables: { last: 7, before: back.pageInfo.startCursor } });
      back = (more.data as any)[field];
    }
    const mergedBack = backwards.readQuery<any>({ query: backward, variables: { last: 7 } })[field];
    expect(mergedBack.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(warnings()).toEqual([]);
  });

  it("renames stress once for every field that returns it, links, and deletes with correct lists", async () => {
    const apollo = client(live.server);
    const read = async (op: { query: string; variables?: Record<string, unknown> }) =>
      (await apollo.query({ query: gql(op.query), variables: op.variables, fetchPolicy: "network-only" })).data as any;
    const cached = (op: { query: string; variables?: Record<string, unknown> }) =>
      apollo.readQuery<any>({ query: gql(op.query), variables: op.variables });
    await read(CLIENT_OPS.stressAsCause);
    await read(CLIENT_OPS.stressAsAilment);
    await read(CLIENT_OPS.stressAsEntity);

    // Rename: upsertAilment answers Ailment:stress, the one record every root field points to.
    await apollo.mutate({ mutation: gql(CLIENT_OPS.renameStress.query), variables: CLIENT_OPS.renameStress.variables });
    expect(cached(CLIENT_OPS.stressAsCause).cause.name).toBe("Stress (renamed)");
    expect(cached(CLIENT_OPS.stressAsAilment).ailment.name).toBe("Stress (renamed)");
    expect(cached(CLIENT_OPS.stressAsEntity).entity.name).toBe("Stress (renamed)");

    // Link: the mutation selects both ends' link lists, so the cached lists update themselves.
    await apollo.mutate({
      mutation: gql(CLIENT_OPS.createAilment.query),
      variables: CLIENT_OPS.createAilment.variables,
    });
    await read(CLIENT_OPS.newAilmentCauses);
    const linked = await apollo.mutate({ mutation: gql(CLIENT_OPS.link.query), variables: CLIENT_OPS.link.variables });
    expect((linked.data as any).link.id).toBe("zz-client-neck:CAUSED_BY:stress");
    expect(cached(CLIENT_OPS.newAilmentCauses).ailment.causes.map((l: any) => l.cause.id)).toEqual(["stress"]);
    expect(cached(CLIENT_OPS.stressAsCause).cause.ailments.map((l: any) => l.ailment.id)).toContain("zz-client-neck");

    // Delete: the payload names the record to evict and the relations that went with it; the
    // neighbours' refreshed lists come in the same answer.
    const deleted = await apollo.mutate({
      mutation: gql(CLIENT_OPS.deleteAilment.query),
      variables: CLIENT_OPS.deleteAilment.variables,
      update(cache, { data }) {
        const gone = (data as any).deleteEntity;
        cache.evict({ id: cache.identify({ __typename: gone.typename, id: gone.id }) });
        for (const id of gone.relationIds) cache.evict({ id: cache.identify({ __typename: "Relation", id }) });
        cache.gc();
      },
    });
    expect((deleted.data as any).deleteEntity).toMatchObject({
      id: "zz-client-neck",
      typename: "Ailment",
      relationIds: ["zz-client-neck:CAUSED_BY:stress"],
    });
    // Only the mutation's own answer (DeletedEntity) remembers the entity now.
    expect(Object.keys(records(apollo)).filter((k) => k.includes("zz-client-neck"))).toEqual([
      "DeletedEntity:zz-client-neck",
    ]);
    expect(cached(CLIENT_OPS.stressAsCause).cause.ailments.map((l: any) => l.ailment.id)).not.toContain(
      "zz-client-neck",
    );
    // And the server agrees with the cache.
    expect((await read(CLIENT_OPS.stressAsCause)).cause.ailments).toEqual(
      cached(CLIENT_OPS.stressAsCause).cause.ailments,
    );
    expect(warnings()).toEqual([]);
  });
});
