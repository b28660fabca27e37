import { isRetryableError } from "neo4j-driver";

/** Waits before each new attempt, as the driver spaces out the retries of managed transactions. */
export const RETRY_DELAYS_MS = [100, 300, 900];

/**
 * Runs `attempt` again when it fails with an error the driver deems transient (a cluster member
 * gone, a leader switch, a deadlock), until the delays run out or `maxRetryMs` would pass. Only for
 * reads: running a read twice changes nothing.
 */
export async function retryTransient<T>(
  attempt: () => Promise<T>,
  maxRetryMs: number,
  sleep = defaultSleep,
): Promise<T> {
  const started = Date.now();
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[i];
      if (!isRetryableError(error) || delay === undefined || Date.now() - started + delay > maxRetryMs) throw error;
      await sleep(delay * (0.8 + Math.random() * 0.4));
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
