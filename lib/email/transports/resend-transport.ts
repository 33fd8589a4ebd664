import { Resend } from "resend";
import type { EmailTransport } from "../transport";

/**
 * Resend's HTTP API (the SDK honours RESEND_BASE_URL). The outbox id is the
 * idempotency key, so a retry after a lost answer never sends twice.
 */
export function resendTransport(apiKey: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(message) {
      const { data, error } = await resend.emails.send(
        { from: message.from, to: [message.to], subject: message.subject, html: message.html, text: message.text },
        { idempotencyKey: `qari-email-${message.id}` },
      );
      if (error) throw new Error(`Resend: ${error.name}: ${error.message}`);
      return { providerMessageId: data?.id ?? null };
    },
  };
}
