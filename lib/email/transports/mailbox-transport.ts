import type { EmailTransport } from "../transport";

/**
 * The development mailbox: with no email provider configured, messages stay
 * in the outbox table (readable at /dev/mailbox) and are printed to the
 * server log with their links, so sign-in works on a bare machine.
 */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  send(message) {
    const links = new Set(message.text.match(/https?:\/\/\S+/g) ?? []);
    console.log(
      [
        `[mailbox] To: ${message.to}`,
        `[mailbox] Subject: ${message.subject}`,
        ...[...links].map((link) => `[mailbox] Link: ${link}`),
      ].join("\n"),
    );
    return Promise.resolve({ providerMessageId: null });
  },
};
