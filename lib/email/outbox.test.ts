import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { deliverDueEmails, deliverEmail, MAX_ATTEMPTS, retryDelayMs } from "./deliver-email";
import type { EmailTransport, OutgoingEmail } from "./transport";

/** A provider that is down for its first `failures` calls, then delivers; it records what it delivered. */
function flakyTransport(failures: number) {
  const delivered: string[] = [];
  let calls = 0;
  const transport: EmailTransport = {
    name: "smtp",
    async send(message: OutgoingEmail) {
      // Numbered on arrival: two senders' calls overlap, and the outage is about the order they came in.
      const call = ++calls;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (call <= failures) throw new Error(`421 Service not available (call ${call})`);
      delivered.push(message.id);
      return { providerMessageId: `provider-${message.id}` };
    },
  };
  return { transport, delivered };
}

/**
 * Isolation in a database other test servers share: this file's messages are
 * due only in this far-off future (no running server's outbox sweep reaches
 * them), and its sweeps are scoped to them.
 */
const future = new Date("2100-01-01T00:00:00Z");

/** Messages as a previous process left them: queued, never attempted. */
async function queueMessages(count: number) {
  const batch = randomUUID();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const message = await prisma.emailMessage.create({
      data: {
        to: `${batch}-${i}@example.test`,
        from: "Qari <qari@example.test>",
        subject: `Outbox test ${i}`,
        html: "<p>Hello</p>",
        text: "Hello",
        nextAttemptAt: future,
      },
    });
    ids.push(message.id);
  }
  return ids;
}

describe("the email outbox", () => {
  it("delivers every queued message exactly once through an outage, with two senders racing", async () => {
    const ids = await queueMessages(6);
    const { transport, delivered } = flakyTransport(4);
    let now = future;
    const scope = { id: { in: ids } };
    for (let round = 0; round < 10; round++) {
      // Two app instances sweeping at the same moment.
      await Promise.all([deliverDueEmails({ transport, now, scope }), deliverDueEmails({ transport, now, scope })]);
      const pending = await prisma.emailMessage.count({ where: { id: { in: ids }, status: { not: "sent" } } });
      if (pending === 0) break;
      now = new Date(now.getTime() + 60 * 60_000); // past any backoff
    }

    // Each message once: a duplicate would show up twice in what the provider received.
    expect([...delivered].sort()).toEqual([...ids].sort());

    const stored = await prisma.emailMessage.findMany({ where: { id: { in: ids } } });
    for (const message of stored) {
      expect(message.status).toBe("sent");
      expect(message.providerMessageId).toBe(`provider-${message.id}`);
      expect(message.lastError).toBeNull();
      expect(message.sentAt).not.toBeNull();
    }
    // The outage's failed attempts were counted on the messages that met it.
    expect(stored.reduce((sum, message) => sum + message.attempts, 0)).toBe(ids.length + 4);
  });

  it("keeps a failed message queued with the provider's error and a backoff, then gives up", async () => {
    const [id] = await queueMessages(1);
    const { transport } = flakyTransport(Number.POSITIVE_INFINITY);
    let now = future;

    const first = await deliverEmail(id!, { transport, now });
    expect(first).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("421") });
    expect(first!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not due yet: nobody may send it before its backoff ends.
    expect(await deliverEmail(id!, { transport, now })).toBeNull();

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + 2 * 60 * 60_000);
      await deliverEmail(id!, { transport, now });
    }
    const gaveUp = await prisma.emailMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(gaveUp).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, transport: "smtp" });
    expect(gaveUp.lastError).toMatch(/421 Service not available/);
  });

  it("backs off exponentially, with jitter, up to half an hour", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(2_000);
    expect(retryDelayMs(2, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(5, () => 0.5)).toBe(32_000);
    expect(retryDelayMs(30, () => 0.5)).toBe(30 * 60_000);
    expect(retryDelayMs(3, () => 0)).toBe(6_000);
    expect(retryDelayMs(3, () => 1)).toBe(10_000);
  });
});
