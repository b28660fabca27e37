/** LOG_FORMAT: the format of every line written to stdout (start-up progress, the ready line, request logs). */
export const LOG_FORMATS = ["auto", "json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** "auto": pretty lines for a person at a terminal, JSON lines for whatever collects them otherwise. */
export function resolveLogFormat(setting: LogFormat, stream: { isTTY?: boolean }): "json" | "pretty" {
  if (setting !== "auto") return setting;
  return stream.isTTY ? "pretty" : "json";
}
