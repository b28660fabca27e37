// @ts-check
const Sequencer = require("@jest/test-sequencer").default;

/**
 * Jest's `--randomize` shuffles the tests inside each file but keeps the order of the files (largest
 * or slowest first). The failure behind issue 13 depended on which file ran before which, so with
 * `--randomize` this sequencer also shuffles the files, from the same `--seed`: a run can be repeated
 * exactly, and different seeds try different neighbours. Without `--randomize` jest's order stands.
 */
class FileOrderSequencer extends Sequencer {
  /** @param {{ globalConfig: { randomize?: boolean; seed: number } }} options */
  constructor(options) {
    super(options);
    this.randomize = Boolean(options.globalConfig.randomize);
    this.seed = options.globalConfig.seed;
  }

  /** @param {import("@jest/test-result").Test[]} tests */
  sort(tests) {
    if (!this.randomize) return super.sort(tests);
    const byPath = [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return shuffled(byPath, this.seed);
  }
}

/**
 * A Fisher-Yates shuffle driven by mulberry32 from `seed`: the same seed and items give the same order.
 * @template T
 * @param {readonly T[]} items
 * @param {number} seed
 * @returns {T[]}
 */
function shuffled(items, seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

module.exports = FileOrderSequencer;
module.exports.shuffled = shuffled;
