import { prisma, type EmailMessage, type Prisma } from "@/lib/db";
import { configuredTransport } from "./configured-transport";
import type { EmailTransport } from "./transport";

/** Attempts before a message is marked failed: spread by the backoff over about an hour. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for the sender that claimed it. */
const CLAIM_LEASE_MS = 60_000;

/** 2 s, 4 s, 8 s, … capped at 30 min, with jitter so that many retries do not land at once. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(2_000 * 2 ** (attempt - 1), 30 * 60_000);
  return Math.round(base * (0.75 + random() * 0.5));
}

type Options = { transport?: EmailTransport; now?: Date };

/**
 * Sends one outbox message if it is due, and records the outcome. The claim
 * is one conditional UPDATE, so when several app instances (or the sweep and
 * the request that queued it) race for a message, exactly one sends it.
 * Returns the message as it stands afterwards, or null when another sender
 * holds it or it is not due.
 */
export async function deliverEmail(id: string, options: Options = {}): Promise<EmailMessage | null> {
  const now = options.now ?? new Date();
  const claimed = await prisma.emailMessage.updateMany({
    where: { id, status: "queued", nextAttemptAt: { lte: now } },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
  });
  if (claimed.count === 0) return null;

  const message = await prisma.emailMessage.findUniqueOrThrow({ where: { id } });
  const transport = options.transport ?? configuredTransport();
  try {
    const { providerMessageId } = await transport.send(message);
    return await prisma.emailMessage.update({
      where: { id },
      data: { status: "sent", sentAt: new Date(), transport: transport.name, providerMessageId, lastError: null },
    });
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    const giveUp = message.attempts >= MAX_ATTEMPTS;
    console.error(`[email] ${transport.name} failed to send ${id} (attempt ${message.attempts}): ${lastError}`);
    return prisma.emailMessage.update({
      where: { id },
      data: {
        status: giveUp ? "failed" : "queued",
        transport: transport.name,
        lastError: lastError.slice(0, 2000),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)),
      },
    });
  }
}

/**
 * Sends every message that is due: retries, and messages queued before a
 * restart. `scope` narrows the sweep (tests keep to their own messages in a
 * database that other test servers share).
 */
export async function deliverDueEmails(
  options: Options & { limit?: number; scope?: Prisma.EmailMessageWhereInput } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const due = await prisma.emailMessage.findMany({
    where: { ...options.scope, status: "queued", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: options.limit ?? 50,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const result = await deliverEmail(id, { ...options, now });
    if (result?.status === "sent") sent++;
  }
  return sent;
}
