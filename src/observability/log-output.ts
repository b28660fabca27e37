import pino from "pino";
import { prettyFactory } from "pino-pretty";
import { LogFormat, resolveLogFormat } from "./log-format";

type Output = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * Where the process's loggers write: the stream itself for JSON lines, or through pino-pretty for
 * pretty ones. Pretty lines are made in this thread (not in a transport's worker), so they keep
 * their order with the progress lines and none is lost when the process exits right after one.
 */
export function logDestination(setting: LogFormat, stream: Output = process.stdout): { write(line: string): void } {
  if (resolveLogFormat(setting, stream) === "json") return stream;
  const prettify = prettyFactory({
    colorize: Boolean(stream.isTTY),
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname",
    singleLine: true,
  });
  return { write: (line: string) => void stream.write(prettify(line)) };
}

/**
 * Start-up and shutdown progress ("Local Neo4j ready...", "API ready..."), as log lines of the same
 * destination as the request logs. Always written, whatever LOG_LEVEL says: they were plain lines before.
 */
export function progressLog(destination: { write(line: string): void }): (line: string) => void {
  const logger = pino({ level: "info" }, destination);
  return (line) => logger.info(line);
}
