import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { request } from "@/testing/http";
import { startResendPeer } from "@/testing/resend-peer";
import { startServer, type TestServer } from "@/testing/start-server";
import { createTestUser, type TestUser } from "@/testing/users";

/**
 * Email leaves Qari through the configured transport, end to end: a Qari
 * server configured by environment, a real SMTP peer (smtp-server) or a local
 * HTTP server speaking Resend's API, and the message as the peer received it.
 */

/** Addresses unique to this run, so that rows left by earlier runs cannot be mistaken for this one's. */
const run = Date.now().toString(36);
const address = (name: string) => `${name}-${run}@example.test`;

let user: TestUser;
beforeAll(async () => {
  user = await createTestUser("Grace Hopper");
});

/** A real SMTP server on a free port that keeps what it receives, parsed. */
async function startSmtpPeer(credentials?: { user: string; password: string }) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.password) {
        return callback(null, { user: auth.username });
      }
      callback(new Error("535 Authentication failed"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function sendInvitations(baseUrl: string, to: string[]) {
  const response = await request("/api/v1/send-email", {
    baseUrl,
    headers: user.asKey,
    json: { to, title: "Quarterly planning", provider: "jitsi", message: "Bring your numbers." },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { link: string; code: string; invitations: { to: string; status: string }[] };
}

describe("SMTP delivery", () => {
  let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
  let server: TestServer;
  beforeAll(async () => {
    peer = await startSmtpPeer();
    server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${peer.port}`, EMAIL_FROM: "Qari <meet@qari.test>" });
  });
  afterAll(async () => {
    await server.stop();
    await peer.stop();
  });

  it("delivers invitations with the meeting's link, in HTML and plain text", async () => {
    const sent = await sendInvitations(server.url, [address("ada"), address("Alan").replace("@example", "@Example")]);
    expect(sent.invitations).toEqual([
      { to: address("ada"), status: "sent" },
      { to: address("alan"), status: "sent" },
    ]);
    expect(peer.received).toHaveLength(2);
    const mail = peer.received.find((message) => message.to && JSON.stringify(message.to).includes(address("ada")))!;
    expect(mail.from?.value).toEqual([{ name: "Qari", address: "meet@qari.test" }]);
    expect(mail.subject).toBe("Invitation: Quarterly planning");
    expect(mail.text).toContain(sent.link);
    expect(mail.text).toContain(sent.code);
    expect(mail.text).toContain("Grace Hopper invites you to");
    expect(mail.text).toContain("Bring your numbers.");
    expect(mail.html).toContain(`href="${sent.link}"`);
    // The Message-ID derives from the outbox row, so a retried message is recognisably the same one.
    const outbox = await prisma.emailMessage.findFirstOrThrow({ where: { to: address("ada"), transport: "smtp" } });
    expect(mail.messageId).toBe(`<${outbox.id}@qari.test>`);
  });
});

describe("invitations to an existing meeting", () => {
  let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
  let server: TestServer;
  beforeAll(async () => {
    peer = await startSmtpPeer();
    server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${peer.port}` });
  });
  afterAll(async () => {
    await server.stop();
    await peer.stop();
  });

  it("emails the meeting's link, time and the owner's note to each address once", async () => {
    const created = await request("/api/v1/meetings", {
      baseUrl: server.url,
      headers: user.asKey,
      json: { title: "Board meeting", startsAt: "2031-02-03T16:00:00Z", timeZone: "Europe/London", provider: "jitsi" },
    });
    const meeting = created.body as { id: string; link: string };
    const response = await request(`/api/v1/meetings/${meeting.id}/invitations`, {
      baseUrl: server.url,
      headers: user.asSession,
      json: { to: [address("ceo"), address("CEO"), address("cfo")], message: "Agenda attached." },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.invitations).toEqual([
      { to: address("ceo"), status: "sent" },
      { to: address("cfo"), status: "sent" },
    ]);
    expect(peer.received).toHaveLength(2);
    for (const mail of peer.received) {
      expect(mail.subject).toBe("Invitation: Board meeting");
      expect(mail.text).toContain(meeting.link);
      expect(mail.text).toContain("When: Mon, 3 Feb 2031, 16:00 GMT");
      expect(mail.text).toContain("Agenda attached.");
    }
  });
});

describe("SMTP delivery configured the old link generator's way", () => {
  let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
  let server: TestServer;
  beforeAll(async () => {
    peer = await startSmtpPeer({ user: "sender@qari.test", password: "app-password" });
    server = await startServer({
      SMTP_SERVER: "127.0.0.1",
      SMTP_PORT: String(peer.port),
      SENDER_EMAIL: "sender@qari.test",
      SENDER_PASSWORD: "app-password",
      EMAIL_FROM: "",
    });
  });
  afterAll(async () => {
    await server.stop();
    await peer.stop();
  });

  it("signs in to the SMTP server and sends from SENDER_EMAIL", async () => {
    const sent = await sendInvitations(server.url, [address("grace")]);
    expect(sent.invitations[0]?.status).toBe("sent");
    expect(peer.received[0]?.from?.value).toEqual([{ name: "", address: "sender@qari.test" }]);
    expect(peer.received[0]?.text).toContain(sent.link);
  });
});

describe("Resend delivery", () => {
  let peer: Awaited<ReturnType<typeof startResendPeer>>;
  let server: TestServer;
  beforeAll(async () => {
    peer = await startResendPeer(1);
    server = await startServer({
      RESEND_API_KEY: "re_test_key",
      RESEND_BASE_URL: peer.url,
      JOB_WORKER: "true",
      EMAIL_FROM: "Qari <meet@qari.test>",
    });
  });
  afterAll(async () => {
    await server.stop();
    await peer.stop();
  });

  it("keeps a message through an outage and delivers it once, with an idempotency key", async () => {
    // The first request meets the outage: the invitation stays queued, and its delivery job retries it.
    const sent = await sendInvitations(server.url, [address("katherine")]);
    expect(sent.invitations).toEqual([{ to: address("katherine"), status: "queued" }]);

    await expect.poll(() => peer.requests.length, { timeout: 20_000, interval: 250 }).toBe(1);
    const [delivered] = peer.requests;
    expect(delivered!.body).toMatchObject({
      from: "Qari <meet@qari.test>",
      to: [address("katherine")],
      subject: "Invitation: Quarterly planning",
    });
    expect(String(delivered!.body.text)).toContain(sent.link);
    expect(String(delivered!.body.html)).toContain(sent.link);

    const outbox = await prisma.emailMessage.findFirstOrThrow({ where: { to: address("katherine") } });
    expect(delivered!.headers["idempotency-key"]).toBe(`qari-email-${outbox.id}`);
    await expect
      .poll(async () => (await prisma.emailMessage.findUniqueOrThrow({ where: { id: outbox.id } })).status)
      .toBe("sent");
    const final = await prisma.emailMessage.findUniqueOrThrow({ where: { id: outbox.id } });
    expect(final).toMatchObject({ transport: "resend", providerMessageId: "resend-1", attempts: 2, lastError: null });

    // Nothing more arrives: delivered exactly once.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(peer.requests).toHaveLength(1);
  });
});

describe("POST /api/v1/send-email", () => {
  it("validates addresses with field paths", async () => {
    const response = await request("/api/v1/send-email", {
      headers: user.asKey,
      json: { to: ["ada@example.test", "not-an-address"] },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(["to.1"]);
  });

  it("stores messages in the development mailbox when no provider is configured", async () => {
    const sent = await sendInvitations(inject("baseUrl"), [address("mailbox")]);
    expect(sent.invitations).toEqual([{ to: address("mailbox"), status: "sent" }]);
    const stored = await prisma.emailMessage.findFirstOrThrow({
      where: { to: address("mailbox") },
      orderBy: { createdAt: "desc" },
    });
    expect(stored).toMatchObject({ transport: "mailbox", status: "sent" });
    expect(stored.text).toContain(sent.link);
  });

  it("never serves the development mailbox from a production server", async () => {
    expect((await request("/dev/mailbox")).status).toBe(404);
  });
});
