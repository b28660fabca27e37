import { BadUserInputError } from "../errors/api-errors";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** What is wrong with a value that is not an id slug, naming the argument. */
export function slugProblem(argument: string, value: unknown): string {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 120)) : typeof value;
  return `${argument} must be an id slug (lowercase letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters), got ${shown}`;
}

/**
 * Rejects anything that cannot be an id before it reaches the database; for ids that arrive as a
 * lone scalar argument (entity(id), deleteEntity(id)), which no argument class carries.
 */
export function assertSlug(value: string, argument: string): string {
  if (!isSlug(value)) throw BadUserInputError.of(argument, slugProblem(argument, value));
  return value;
}
