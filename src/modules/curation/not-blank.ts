import { ValidateBy, ValidationOptions } from "class-validator";
import { isBlankName } from "../../util/name-key";

/**
 * A required text that is stored trimmed must hold something once trimmed: "   " would be stored
 * as "" (and an export of it would not load back). Names are blank also when they hold only
 * invisible characters (zero-width, bidi controls), which their key drops (util/name-key.ts).
 */
export function NotBlank({ name = false, ...options }: ValidationOptions & { name?: boolean } = {}) {
  return ValidateBy(
    {
      name: "notBlank",
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !(name ? isBlankName(value) : value.trim() === ""),
        defaultMessage: () =>
          name
            ? "$property must hold visible characters, not only spaces or invisible ones"
            : "$property must not be blank",
      },
    },
    options,
  );
}
