import { prisma, type EmailMessage } from "@/lib/db";
import { deliverEmailJob } from "./deliver-email-job";

/** How long the request that queued a message has to send it itself before its job may. */
const REQUEST_SENDS_FIRST_SECONDS = 5;

/**
 * Writes one message to the outbox together with the job that sends it, in
 * one transaction: a message is never stored without a sender, nor a job
 * queued for a message that was rolled back. One insert and one job insert.
 */
export function queueEmail(message: Pick<EmailMessage, "to" | "from" | "subject" | "html" | "text">) {
  return prisma.$transaction(async (tx) => {
    const queued = await tx.emailMessage.create({ data: message });
    await deliverEmailJob.enqueue({ messageId: queued.id }, { tx, startAfterSeconds: REQUEST_SENDS_FIRST_SECONDS });
    return queued;
  });
}
