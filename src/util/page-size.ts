import { BadUserInputError } from "../errors/api-errors";

/** Checks a `first`-style argument: absent -> the default; below 1 or above the cap -> BAD_USER_INPUT naming it. */
export function pageSize({
  value,
  fallback,
  max,
  argument = "first",
}: {
  value: number | null | undefined;
  fallback: number;
  max: number;
  argument?: string;
}): number {
  if (value === null || value === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw BadUserInputError.of(argument, `${argument} must be an integer from 1 to ${max}, got ${value}`, { max });
  }
  return value;
}
