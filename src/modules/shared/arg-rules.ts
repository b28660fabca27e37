import { ValidateBy, type ValidationOptions } from "class-validator";
import { isSlug, slugProblem } from "../../util/ids";

/**
 * The static rules of arguments, as class-validator decorators (checked by TypeGraphQL's validateFn,
 * graphql/validate-args.ts, into the one BAD_USER_INPUT shape). Caps that depend on the config
 * (page sizes) stay in the services.
 */

/** An id slug: lowercase letters, digits and single hyphens (null and absent pass: optional arguments). */
export function IsSlug(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isSlug",
      validator: {
        validate: (value: unknown) => typeof value === "string" && isSlug(value),
        defaultMessage: (args) => slugProblem(args?.property ?? "id", args?.value),
      },
    },
    options,
  );
}

/** An integer within a fixed range (the Cypher patterns stop at the same numbers). */
export function IsIntInRange(range: { min: number; max: number }, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isIntInRange",
      validator: {
        validate: (value: unknown) =>
          Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max,
        defaultMessage: (args) =>
          `${args?.property ?? "value"} must be an integer from ${range.min} to ${range.max}, got ${String(args?.value)}`,
      },
    },
    options,
  );
}
