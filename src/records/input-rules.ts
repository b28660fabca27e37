import type { RecordProblem } from "./problems";

/** Turns an API input into its stored record and checks it; the problems name the input's fields. */
export type InputRule = (input: never) => RecordProblem[];

const RULES = new WeakMap<object, InputRule>();

/**
 * Declares, on an input class, the record rules its values keep: `@KeepsRecordRules(rule)`. The
 * API's argument validation (src/graphql/validate-args.ts) runs the rule of the class (or of the
 * nearest parent class that has one), so the input and the seed file share one validator.
 */
export function KeepsRecordRules(rule: InputRule): ClassDecorator {
  return (target) => {
    RULES.set(target, rule);
  };
}

/** The problems of an input value by its class's record rule; none when the class declares none. */
export function inputRecordProblems(input: object): RecordProblem[] {
  for (let at: unknown = input.constructor; typeof at === "function"; at = Object.getPrototypeOf(at)) {
    const rule = RULES.get(at);
    if (rule) return rule(input as never);
  }
  return [];
}
