import { Neo4jError } from "neo4j-driver";
import { retryTransient, RETRY_DELAYS_MS } from "./read-retry";

const transient = () => new Neo4jError("leader switched", "Neo.TransientError.Cluster.NotALeader", "", "");
const clientError = () => new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", "");

function failing(errors: Error[], answer = "rows") {
  let calls = 0;
  const attempt = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return answer;
  };
  return { attempt, calls: () => calls };
}

describe("retryTransient (auto-commit reads)", () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  beforeEach(() => (waits.length = 0));

  it("answers after transient failures, waiting a little longer each time", async () => {
    const run = failing([transient(), transient()]);
    await expect(retryTransient(run.attempt, 10_000, sleep)).resolves.toBe("rows");
    expect(run.calls()).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0] * 0.8);
    expect(waits[1]).toBeGreaterThan(waits[0]);
  });

  it("passes a client error on at once", async () => {
    const run = failing([clientError()]);
    await expect(retryTransient(run.attempt, 10_000, sleep)).rejects.toThrow("syntax");
    expect(run.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it("gives up with the last error when the delays run out", async () => {
    const run = failing(Array.from({ length: 10 }, transient));
    await expect(retryTransient(run.attempt, 10_000, sleep)).rejects.toThrow("leader switched");
    expect(run.calls()).toBe(RETRY_DELAYS_MS.length + 1);
  });

  it("does not wait past the time allowed", async () => {
    const run = failing(Array.from({ length: 10 }, transient));
    await expect(retryTransient(run.attempt, RETRY_DELAYS_MS[0] - 1, sleep)).rejects.toThrow("leader switched");
    expect(run.calls()).toBe(1);
  });
});
