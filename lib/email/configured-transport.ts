import { env } from "@/lib/env";
import type { EmailTransport } from "./transport";
import { mailboxTransport } from "./transports/mailbox-transport";
import { resendTransport } from "./transports/resend-transport";
import { smtpTransport } from "./transports/smtp-transport";

let transport: EmailTransport | undefined;

/** The transport configuration picks: Resend, then SMTP, then the development mailbox. */
export function configuredTransport(): EmailTransport {
  transport ??= createTransport();
  return transport;
}

function createTransport(): EmailTransport {
  if (env.emailTransport === "resend" && env.RESEND_API_KEY) return resendTransport(env.RESEND_API_KEY);
  if (env.emailTransport === "smtp") {
    if (env.SMTP_URL) return smtpTransport({ url: env.SMTP_URL });
    if (env.SMTP_SERVER) {
      return smtpTransport({
        host: env.SMTP_SERVER,
        port: env.SMTP_PORT ?? 587,
        user: env.SENDER_EMAIL,
        password: env.SENDER_PASSWORD,
      });
    }
  }
  return mailboxTransport;
}
