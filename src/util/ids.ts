import { BadUserInputError } from "../errors/api-errors";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** Rejects anything that cannot be an id before it reaches the database. */
export function assertSlug(value: string, argument: string): string {
  if (!isSlug(value)) {
    throw BadUserInputError.of(
      argument,
      `${argument} must be an id slug (lowercase letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters), got ${JSON.stringify(value.slice(0, 120))}`,
    );
  }
  return value;
}
