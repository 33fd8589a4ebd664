import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { prisma, type EmailMessage } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverEmail } from "./deliver-email";

/**
 * Sends an email the safe way: rendered to HTML and plain text, written to
 * the outbox, then delivered at once. If the provider fails, the message stays
 * queued and the outbox worker retries it with backoff; so this resolves once
 * the message is safely stored, whether or not the first attempt got through.
 */
export async function sendEmail(input: { to: string; subject: string; body: ReactElement }): Promise<EmailMessage> {
  const [html, text] = await Promise.all([render(input.body), render(input.body, { plainText: true })]);
  const queued = await prisma.emailMessage.create({
    data: { to: input.to, from: env.EMAIL_FROM, subject: input.subject, html, text },
  });
  return (await deliverEmail(queued.id)) ?? queued;
}
