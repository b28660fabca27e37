import type { EntityRecord } from "../entity";

/** A precaution's structured adaptation in one phrase: "light pressure; side-lying; avoid the legs; at most 45 minutes". */
export function adaptationText(c: EntityRecord): string {
  const a = c.adaptation;
  if (!a) return "";
  const parts = [
    a.pressure ? `${a.pressure.toLowerCase()} pressure` : "",
    a.position ?? "",
    a.avoid.length > 0 ? `avoid ${a.avoid.join(", ")}` : "",
    a.maxMinutes ? `at most ${a.maxMinutes} minutes` : "",
    a.clearance ? "a physician's approval first" : "",
    a.notes ?? "",
  ];
  return parts
    .filter((p) => p !== "")
    .map((p) => p.replace(/\.$/, ""))
    .join("; ");
}
