/** One thing wrong in a seed folder, located as precisely as the problem allows. */
export interface SeedProblem {
  file: string;
  /** 0-based position of the entry in the file's list; undefined for whole-file problems. */
  index?: number;
  /** The entry's id (or "from -TYPE-> to" for relationships) when it has one. */
  entry?: string;
  field?: string;
  message: string;
}

/** "relationships.yaml #12 (a -CAUSED_BY-> b) sources: at least one source id is required". */
export function formatProblem(p: SeedProblem): string {
  const where = [p.file, p.index === undefined ? undefined : `#${p.index}`, p.entry ? `(${p.entry})` : undefined]
    .filter(Boolean)
    .join(" ");
  return `${where}${p.field ? ` ${p.field}` : ""}: ${p.message}`;
}

/** Thrown when a seed folder is loaded without being fixed first; carries every problem. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: SeedProblem[]) {
    super(`The seed has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  }
}
