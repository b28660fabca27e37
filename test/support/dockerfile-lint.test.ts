import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/util";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script that `npm run lint` runs with node
const { lintDockerfile } = require("./dockerfile-lint") as {
  lintDockerfile(content: string): { line: number; rule: string; message: string }[];
};

const rulesOf = (content: string) => lintDockerfile(content).map((p) => `${p.line} ${p.rule}`);

const GOOD = `FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
FROM node:24-bookworm-slim
COPY --from=build /app ./
USER 1000:1000
HEALTHCHECK --interval=10s CMD ["node", "-e", "process.exit(0)"]
CMD ["node", "start.js"]
`;

describe("the Dockerfile lint (npm run lint)", () => {
  it("passes the project's Dockerfile", () => {
    expect(lintDockerfile(readFileSync(join(projectRoot(), "Dockerfile"), "utf8"))).toEqual([]);
  });

  it("passes a multi-stage file that follows the rules", () => {
    expect(rulesOf(GOOD)).toEqual([]);
  });

  it.each([
    ["an untagged base image", GOOD.replace("FROM node:24-bookworm-slim\n", "FROM node\n"), "4 DL3006"],
    ["the latest tag", GOOD.replace("FROM node:24-bookworm-slim\n", "FROM node:latest\n"), "4 DL3007"],
    ["apt-get install without --no-install-recommends", GOOD.replace(" --no-install-recommends", ""), "3 DL3015"],
    ["sudo", GOOD.replace("RUN apt-get update", "RUN sudo apt-get update"), "3 DL3004"],
    ["cd instead of WORKDIR", GOOD.replace("RUN apt-get update", "RUN cd /tmp && apt-get update"), "3 DL3003"],
    ["ADD for local files", GOOD.replace("COPY --from=build /app ./", "ADD src ./src"), "5 DL3020"],
    ["root as the last user", GOOD.replace("USER 1000:1000", "USER root"), "6 DL3002"],
    ["uid 0 as the last user", GOOD.replace("USER 1000:1000", "USER 0:0"), "6 DL3002"],
    ["no USER in the final stage", GOOD.replace("USER 1000:1000\n", ""), "4 DL3002"],
    ["CMD in shell form", GOOD.replace('CMD ["node", "start.js"]', "CMD node start.js"), "8 DL3025"],
    ["ENTRYPOINT in shell form", GOOD + "ENTRYPOINT node start.js\n", "9 DL3025"],
    [
      "HEALTHCHECK CMD in shell form",
      GOOD.replace('CMD ["node", "-e", "process.exit(0)"]', "CMD curl -f http://localhost/"),
      "7 HEALTHCHECK-EXEC",
    ],
    ["a relative WORKDIR", GOOD.replace("WORKDIR /app", "WORKDIR app"), "2 dockerfile-utils:50"],
    ["an instruction without arguments", GOOD + "EXPOSE\n", "9 dockerfile-utils:2"],
    ["an unknown instruction", GOOD + "RUNN echo\n", "9 dockerfile-utils:38"],
  ])("refuses %s", (_what, content, expected) => {
    expect(rulesOf(content)).toContain(expected);
  });

  it("exits 1 with one line per problem naming the file, line and rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "dockerfile-lint-"));
    try {
      const file = join(dir, "Dockerfile");
      writeFileSync(file, "FROM node:latest\nCMD node start.js\n");
      const result = spawnSync(process.execPath, [join(__dirname, "dockerfile-lint.js"), file], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `${file}:1 DL3007 Using latest is prone to errors; pin the base image's version`,
        `${file}:1 DL3002 The final stage runs as root: add USER`,
        `${file}:2 DL3025 Use the exec (JSON) form for CMD and ENTRYPOINT, so signals reach the process`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
