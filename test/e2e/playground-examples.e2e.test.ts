import { playgroundExamples } from "../../src/server";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/** True when some field of the answer holds something: a non-empty list, a value, an object with content. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(hasContent);
  return true;
}

describe("every saved playground example runs over HTTP on the seed graph", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it.each(playgroundExamples.map((example) => [example.title, example] as const))(
    "%s: no errors, every root field answered",
    async (_title, example) => {
      const { status, data, errors } = await graphql(server.url, example.query, example.variables ?? {});
      expect(errors).toBeUndefined();
      expect(status).toBe(200);
      expect(data).toBeTruthy();
      for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
        expect([field, hasContent(value)]).toEqual([field, true]);
      }
    },
  );
});
