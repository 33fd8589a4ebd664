import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { EmailMessage } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverEmail } from "./deliver-email";
import { queueEmail } from "./queue-email";

/**
 * Sends an email the safe way: rendered once to HTML and plain text, written
 * to the outbox with its delivery job (one message per recipient), then sent
 * at once. If the provider fails, the message stays queued and its job
 * retries it with backoff; so this resolves once every message is safely
 * stored, whether or not the first attempt got through. Messages come back
 * in `to`'s order.
 */
export async function sendEmail(input: { to: string[]; subject: string; body: ReactElement }): Promise<EmailMessage[]> {
  const [html, text] = await Promise.all([render(input.body), render(input.body, { plainText: true })]);
  return Promise.all(
    input.to.map(async (to) => {
      const queued = await queueEmail({ to, from: env.EMAIL_FROM, subject: input.subject, html, text });
      return (await deliverEmail(queued.id)) ?? queued;
    }),
  );
}
