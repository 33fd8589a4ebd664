/**
 * Runs once when a server process starts. The outbox worker sends email that
 * is due: retries, and messages left queued by a previous process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.EMAIL_OUTBOX_WORKER === "off") return;
  const { startOutboxWorker } = await import("@/lib/email/outbox-worker");
  startOutboxWorker();
}
