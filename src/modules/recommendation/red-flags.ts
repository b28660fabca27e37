import type { EntityRecord } from "../entity/entity.record";
import { toEntityRecord } from "../entity/entity.record";
import { URGENCY_ORDER } from "../entity/red-flag-urgency.enum";
import type { RedFlagNoticeRecord, SituationRow } from "./recommendation.record";

/** The red flags of every ailment of the situation, once each, most urgent first, then by name. */
export function collectRedFlags(rows: SituationRow[], entities: EntityRecord[]): RedFlagNoticeRecord[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const notices = new Map<string, RedFlagNoticeRecord>();
  for (const row of rows) {
    const entity = byId.get(row.id);
    if (!entity) continue;
    for (const { flag, suggests } of row.redFlags) {
      const notice = notices.get(flag.id) ?? {
        redFlag: toEntityRecord(flag),
        ailments: [],
        suggests: suggests.map(toEntityRecord),
      };
      if (!notice.ailments.some((a) => a.id === entity.id)) notice.ailments.push(entity);
      notices.set(flag.id, notice);
    }
  }
  const urgency = (n: RedFlagNoticeRecord) => {
    const at = URGENCY_ORDER.indexOf(n.redFlag.urgency!);
    return at < 0 ? URGENCY_ORDER.length : at;
  };
  return [...notices.values()].sort(
    (a, b) =>
      urgency(a) - urgency(b) ||
      a.redFlag.name.localeCompare(b.redFlag.name) ||
      a.redFlag.id.localeCompare(b.redFlag.id),
  );
}
