import { z } from "zod";
import { prisma } from "@/lib/db";
import { defineJob } from "@/lib/jobs/define-job";
import { deliverEmail, MAX_ATTEMPTS } from "./deliver-email";

/**
 * The outbox's background sender: one job per message, queued in the same
 * transaction as the message. It sends what the request that queued the
 * message could not (a provider outage, a process stopped mid-request), and
 * retries with backoff (20–40 s, then doubling: all attempts take about half
 * an hour) until the message is sent or has used its MAX_ATTEMPTS.
 */
export const deliverEmailJob = defineJob({
  name: "email.deliver",
  payload: z.object({ messageId: z.string() }),
  // More runs than attempts: a run that finds the message in another sender's hands uses no attempt.
  retry: { limit: MAX_ATTEMPTS + 4, delaySeconds: 20, backoff: true },
  // Past the claim lease and any provider timeout: a run this old died with its worker.
  timeoutSeconds: 5 * 60,
  async handler({ messageId }) {
    const message = await deliverEmail(messageId);
    if (message?.status === "queued") throw new Error(`Not sent yet: ${message.lastError}`);
    if (message) return; // sent, or failed for good with the provider's error kept on the message
    const current = await prisma.emailMessage.findUnique({ where: { id: messageId }, select: { status: true } });
    if (current?.status === "queued") throw new Error("Another sender holds the message; trying again later.");
  },
});
