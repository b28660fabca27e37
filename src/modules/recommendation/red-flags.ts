import type { EntityRecord, NodeRow } from "../entity";
import { toEntityRecord, URGENCY_ORDER } from "../entity";
import type { RedFlagNoticeRecord } from "./recommendation.record";

/** An entity of the person's situation (an ailment, a cause or a state) and its red flags. */
export interface FlagSource {
  entity: EntityRecord;
  redFlags: { flag: NodeRow; suggests: NodeRow[] }[];
}

/**
 * The red flags of every ailment and state of the situation, once each, most urgent first, then by
 * name. Warnings follow the person: a state (on chemotherapy, a known clot) brings its flags
 * whichever word or list named it.
 */
export function collectRedFlags(sources: FlagSource[]): RedFlagNoticeRecord[] {
  const notices = new Map<string, RedFlagNoticeRecord>();
  for (const { entity, redFlags } of sources) {
    for (const { flag, suggests } of redFlags) {
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
