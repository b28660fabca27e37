import { validate, ValidationError, ValidatorOptions } from "class-validator";
import { getNamedType, GraphQLResolveInfo } from "graphql";
import type { ResolverData, ValidatorFn } from "type-graphql";
import { BadUserInputError, FieldProblem } from "../errors/api-errors";
import { inputRecordProblems } from "../records";

type TypeValue = Parameters<ValidatorFn>[1];

/** As TypeGraphQL validates by default: unset optional fields are not checked; no values in messages. */
const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

function flatten(problems: ValidationError[], prefix: string): FieldProblem[] {
  return problems.flatMap((p) => {
    const field = prefix ? `${prefix}.${p.property}` : p.property;
    const own = p.constraints ? [{ field, messages: Object.values(p.constraints) }] : [];
    return [...own, ...flatten(p.children ?? [], field)];
  });
}

/** The record rules' problems of an input, one entry per field as class-validator's are. */
function recordProblems(input: object, prefix: string): FieldProblem[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of inputRecordProblems(input)) {
    const name = [prefix, field].filter(Boolean).join(".");
    byField.set(name, [...(byField.get(name) ?? []), `${field ?? "input"} ${message}`]);
  }
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

/**
 * The argument an input class arrived in (`input` for `link(input: LinkInput)`), so problems name
 * `input.note`; "" for an @ArgsType class, whose properties are the arguments themselves.
 */
function argumentName(argType: TypeValue, info: GraphQLResolveInfo): string {
  const typeName = typeof argType === "function" ? argType.name : undefined;
  const args = info.parentType.getFields()[info.fieldName]?.args ?? [];
  return args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? "";
}

/**
 * TypeGraphQL's `validateFn`: checks argument classes with class-validator and refuses invalid
 * ones with the API's one BAD_USER_INPUT shape, each problem named by its argument path.
 */
export async function validateArgs(argValue: unknown, argType: TypeValue, { info }: ResolverData): Promise<void> {
  if (argValue === null || typeof argValue !== "object") return;
  const prefix = argumentName(argType, info);
  const items = Array.isArray(argValue) ? argValue : [argValue];
  const problems: FieldProblem[] = [];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== "object") continue;
    const itemPrefix = Array.isArray(argValue) ? `${prefix}.${index}` : prefix;
    problems.push(...flatten(await validate(item as object, OPTIONS), itemPrefix));
    // An input that stores a record (a source, an entity, a link) keeps the seed's record rules.
    problems.push(...recordProblems(item as object, itemPrefix));
  }
  if (problems.length > 0) {
    const message = "Invalid input: " + problems.map((p) => `${p.field}: ${p.messages.join("; ")}`).join(" | ");
    throw new BadUserInputError(message, problems);
  }
}
