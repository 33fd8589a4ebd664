import { deliverDueEmails } from "./deliver-email";

const SWEEP_INTERVAL_MS = 5_000;

/**
 * Started once per server process (instrumentation.ts): every few seconds it
 * sends what is due, which covers retries after a provider outage and
 * messages left queued when the app was stopped.
 */
export function startOutboxWorker(): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueEmails()
      .catch((error: unknown) => console.error("[email] outbox sweep failed:", (error as Error).message))
      .finally(() => (running = false));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
}
