import nodemailer from "nodemailer";
import type { EmailTransport } from "../transport";

export type SmtpSettings = { url: string } | { host: string; port: number; user?: string; password?: string };

/**
 * SMTP through nodemailer: SMTP_URL, or the old link generator's SMTP_SERVER,
 * SMTP_PORT, SENDER_EMAIL and SENDER_PASSWORD. The Message-ID derives from the
 * outbox id, so a message retried after a lost answer is recognisably the same.
 */
export function smtpTransport(settings: SmtpSettings): EmailTransport {
  const transporter =
    "url" in settings
      ? nodemailer.createTransport(settings.url)
      : nodemailer.createTransport({
          host: settings.host,
          port: settings.port,
          secure: settings.port === 465,
          auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
        });
  return {
    name: "smtp",
    async send(message) {
      const domain = /@([^>\s]+)>?\s*$/.exec(message.from)?.[1] ?? "qari.local";
      const info = await transporter.sendMail({
        messageId: `<${message.id}@${domain}>`,
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
      });
      return { providerMessageId: info.messageId };
    },
  };
}
