import { Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import pino from "pino";
import { resolveLogFormat } from "./log-format";
import { logDestination, progressLog } from "./log-output";

/** A stream that keeps what is written, with or without a terminal behind it. */
function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, lines: () => chunks.join("").split("\n").filter(Boolean) };
}

describe("log format", () => {
  it("is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says", () => {
    expect(resolveLogFormat("auto", { isTTY: true })).toBe("pretty");
    expect(resolveLogFormat("auto", { isTTY: false })).toBe("json");
    expect(resolveLogFormat("auto", {})).toBe("json");
    expect(resolveLogFormat("json", { isTTY: true })).toBe("json");
    expect(resolveLogFormat("pretty", { isTTY: false })).toBe("pretty");
  });

  it("writes progress and request lines alike: JSON lines when not a terminal", () => {
    const out = capture(false);
    const destination = logDestination("auto", out.stream);
    progressLog(destination)("API ready");
    pino({ level: "warn" }, destination).warn({ reqId: "r1" }, "slow");
    const records = out.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toMatchObject([
      { level: 30, msg: "API ready" },
      { level: 40, msg: "slow", reqId: "r1" },
    ]);
  });

  it("writes progress lines whatever LOG_LEVEL is, pretty on a terminal, one line per record", () => {
    const out = capture(true);
    const destination = logDestination("auto", out.stream);
    progressLog(destination)("Local Neo4j ready");
    pino({ level: "silent" }, destination).info("not written");
    pino({ level: "info" }, destination).info({ reqId: "r2" }, "request completed");
    const lines = out.lines().map(stripVTControlCharacters);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Local Neo4j ready$/);
    expect(lines[1]).toMatch(/INFO: request completed \{"reqId":"r2"\}$/);
    expect(lines.some((line) => line.startsWith("{"))).toBe(false);
  });
});
