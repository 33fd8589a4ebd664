import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Where the end-to-end SMTP peer keeps what it receives: one JSON file per message. */
export const mailDir = path.resolve(import.meta.dirname, "../test-results/e2e-mail");

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server for the end-to-end run: the app under test sends through
 * it (SMTP_URL), and tests read the messages it received from `mailDir`.
 */
export async function startMailPeer(port: number): Promise<() => Promise<void>> {
  await rm(mailDir, { recursive: true, force: true });
  await mkdir(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          for (const recipient of session.envelope.rcptTo) {
            const received: ReceivedMail = {
              to: recipient.address.toLowerCase(),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : "",
            };
            await writeFile(path.join(mailDir, `${Date.now()}-${++count}.json`), JSON.stringify(received));
          }
        })
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/** The newest message to `address`, waiting for it to arrive. */
export async function waitForMail(address: string, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = (await readdir(mailDir)).sort().reverse();
    for (const file of files) {
      const mail = JSON.parse(await readFile(path.join(mailDir, file), "utf8")) as ReceivedMail;
      if (mail.to === address.toLowerCase()) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No email to ${address} arrived within ${timeoutMs} ms.`);
}
