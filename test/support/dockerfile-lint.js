// @ts-check
/**
 * The Dockerfile lint of `npm run lint`, without Docker or a hadolint binary: dockerfile-utils (the
 * validator behind VS Code's Dockerfile support) for syntax and instruction errors, plus the
 * hadolint rules that matter for this image, by their hadolint ids. Usage: node dockerfile-lint.js [FILE]
 */
const { readFileSync } = require("node:fs");
const { DockerfileParser } = require("dockerfile-ast");
const { validate } = require("dockerfile-utils");

/** @typedef {{ line: number; rule: string; message: string }} Problem */
/** @typedef {import("dockerfile-ast").Instruction} Instruction */

/** A JSON array of strings: the exec form of CMD, ENTRYPOINT and HEALTHCHECK CMD (no shell in between). */
function isExecForm(/** @type {string} */ text) {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}

/** hadolint's rules that this project keeps, each a check of one instruction. */
const RULES = [
  {
    rule: "DL3006",
    message: "Always tag the version of a base image explicitly",
    /** @param {Instruction} i @param {Set<string>} stages */
    fails: (i, stages) => {
      const from = /** @type {import("dockerfile-ast").From} */ (i);
      const name = from.getImageName() ?? "";
      return name !== "scratch" && !stages.has(name) && !from.getImageTag() && !from.getImageDigest();
    },
  },
  {
    rule: "DL3007",
    message: "Using latest is prone to errors; pin the base image's version",
    fails: (/** @type {Instruction} */ i) =>
      /** @type {import("dockerfile-ast").From} */ (i).getImageTag() === "latest",
  },
  {
    rule: "DL3015",
    keyword: "RUN",
    message: "Avoid additional packages by specifying --no-install-recommends with apt-get install",
    fails: (/** @type {Instruction} */ i) =>
      /\bapt-get\b[^;&|]*\binstall\b/.test(i.getArgumentsContent() ?? "") &&
      !/--no-install-recommends/.test(i.getArgumentsContent() ?? ""),
  },
  {
    rule: "DL3004",
    keyword: "RUN",
    message: "Do not use sudo: it leads to unpredictable behaviour; use USER instead",
    fails: (/** @type {Instruction} */ i) => /(^|[;&|]\s*)sudo\b/.test(i.getArgumentsContent() ?? ""),
  },
  {
    rule: "DL3003",
    keyword: "RUN",
    message: "Use WORKDIR to switch to a directory",
    fails: (/** @type {Instruction} */ i) => /(^|[;&|]\s*)cd\s/.test(i.getArgumentsContent() ?? ""),
  },
  {
    rule: "DL3020",
    keyword: "ADD",
    message: "Use COPY instead of ADD for files and folders",
    fails: (/** @type {Instruction} */ i) =>
      !/^(https?:\/\/|git@)|\.(tar(\.\w+)?|tgz)$/.test(i.getArguments()[0]?.getValue() ?? ""),
  },
  {
    rule: "DL3025",
    keyword: ["CMD", "ENTRYPOINT"],
    message: "Use the exec (JSON) form for CMD and ENTRYPOINT, so signals reach the process",
    fails: (/** @type {Instruction} */ i) => !isExecForm(i.getArgumentsContent() ?? ""),
  },
  {
    rule: "HEALTHCHECK-EXEC",
    keyword: "HEALTHCHECK",
    message: "Use the exec (JSON) form for HEALTHCHECK CMD (no shell needed in the image)",
    fails: (/** @type {Instruction} */ i) => {
      const match = /^(?:--\S+\s+)*(CMD|NONE)\b\s*([\s\S]*)$/i.exec(i.getArgumentsContent() ?? "");
      return !match || (match[1].toUpperCase() === "CMD" && !isExecForm(match[2].trim()));
    },
  },
];

/** @param {string} content @returns {Problem[]} */
function lintDockerfile(content) {
  /** @type {Problem[]} */
  const problems = validate(content)
    .filter((d) => d.severity === 1 /* Error */ || d.severity === 2 /* Warning */)
    .map((d) => ({ line: d.range.start.line + 1, rule: `dockerfile-utils:${d.code}`, message: d.message }));
  const dockerfile = DockerfileParser.parse(content);
  const stages = new Set(
    dockerfile
      .getFROMs()
      .map((f) => f.getBuildStage())
      .filter((s) => s !== null),
  );
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    for (const { rule, keyword: only = "FROM", message, fails } of RULES) {
      if (!(Array.isArray(only) ? only.includes(keyword) : only === keyword)) continue;
      if (fails(instruction, stages)) problems.push({ line: instruction.getRange().start.line + 1, rule, message });
    }
  }
  problems.push(...finalUserProblems(dockerfile));
  return problems.sort((a, b) => a.line - b.line);
}

/** DL3002: the final stage must switch to a user other than root (by name or id 0). */
function finalUserProblems(/** @type {import("dockerfile-ast").Dockerfile} */ dockerfile) {
  const froms = dockerfile.getFROMs();
  const last = froms[froms.length - 1];
  if (!last) return [];
  const users = dockerfile
    .getInstructions()
    .filter((i) => i.getKeyword() === "USER" && i.getRange().start.line > last.getRange().start.line);
  const user = users[users.length - 1];
  if (!user)
    return [
      { line: last.getRange().start.line + 1, rule: "DL3002", message: "The final stage runs as root: add USER" },
    ];
  const name = (user.getArgumentsContent() ?? "").split(":")[0].trim();
  if (name === "root" || name === "0") {
    return [{ line: user.getRange().start.line + 1, rule: "DL3002", message: "Last USER should not be root" }];
  }
  return [];
}

module.exports = { lintDockerfile };

if (require.main === module) {
  const file = process.argv[2] ?? "Dockerfile";
  const problems = lintDockerfile(readFileSync(file, "utf8"));
  for (const p of problems) process.stderr.write(`${file}:${p.line} ${p.rule} ${p.message}\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
