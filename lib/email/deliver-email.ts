import { prisma, type EmailMessage } from "@/lib/db";
import { configuredTransport } from "./configured-transport";
import type { EmailTransport } from "./transport";

/** Provider attempts before a message is marked failed. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for the sender that claimed it. */
const CLAIM_LEASE_MS = 60_000;

/**
 * Sends one queued outbox message and records the outcome. The claim is one
 * conditional UPDATE, so when senders race for a message (the request that
 * queued it and a job worker, or a retried job whose first run is still
 * sending) exactly one sends it. Returns the message as it stands
 * afterwards, or null when it was not to be sent: another sender holds it,
 * or it is already sent or failed.
 */
export async function deliverEmail(
  id: string,
  { transport = configuredTransport() }: { transport?: EmailTransport } = {},
): Promise<EmailMessage | null> {
  const now = new Date();
  const claimed = await prisma.emailMessage.updateMany({
    where: { id, status: "queued", nextAttemptAt: { lte: now } },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
  });
  if (claimed.count === 0) return null;

  const message = await prisma.emailMessage.findUniqueOrThrow({ where: { id } });
  try {
    const { providerMessageId } = await transport.send(message);
    return await prisma.emailMessage.update({
      where: { id },
      data: { status: "sent", sentAt: new Date(), transport: transport.name, providerMessageId, lastError: null },
    });
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    console.error(`[email] ${transport.name} failed to send ${id} (attempt ${message.attempts}): ${lastError}`);
    return prisma.emailMessage.update({
      where: { id },
      data: {
        status: message.attempts >= MAX_ATTEMPTS ? "failed" : "queued",
        transport: transport.name,
        lastError: lastError.slice(0, 2000),
        // Released at once: its job's retry (with the job's backoff) is the next sender.
        nextAttemptAt: new Date(),
      },
    });
  }
}
