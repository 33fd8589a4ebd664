import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startResendPeer } from "@/testing/resend-peer";

// This process sends through a local stand-in for Resend, set up before the app's modules read the
// environment (hence the dynamic imports).
const peer = await startResendPeer();
process.env.RESEND_API_KEY = "re_test_key";
process.env.RESEND_BASE_URL = peer.url;
const { prisma } = await import("@/lib/db");
const { startJobs, stopJobs } = await import("@/lib/jobs/start-jobs");
const { deliverEmail, MAX_ATTEMPTS } = await import("./deliver-email");
const { deliverEmailJob } = await import("./deliver-email-job");
const { queueEmail } = await import("./queue-email");

/**
 * Isolation in a database other test servers share: this file's jobs live in
 * a pg-boss schema of its own, which no other process's workers read.
 */
const schema = `outbox_test_${randomUUID().slice(0, 8)}`;
const withoutWorkers = { schema, work: false };
/** Two workers per job in this process: two instances' workers racing, as far as the database can tell. */
const withWorkers = { schema, work: true, workersPerJob: 2, pollingIntervalSeconds: 0.5 };

/** Messages as a request queues them (row and job in one transaction), without sending them itself. */
async function queueMessages(count: number) {
  const batch = randomUUID();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const message = await queueEmail({
      to: `${batch}-${i}@example.test`,
      from: "Qari <qari@example.test>",
      subject: `Outbox test ${i}`,
      html: "<p>Hello</p>",
      text: "Hello",
    });
    ids.push(message.id);
  }
  return ids;
}

const deliveredIds = () =>
  peer.requests.map((request) => String(request.headers["idempotency-key"]).replace("qari-email-", ""));

async function jobStates(messageIds: string[]) {
  return prisma.$queryRawUnsafe<{ state: string; startAfter: Date }[]>(
    `SELECT state, start_after AS "startAfter" FROM "${schema}".job WHERE data->>'messageId' = ANY($1)`,
    messageIds,
  );
}

afterEach(async () => {
  await stopJobs();
  peer.requests.length = 0;
});
afterAll(async () => {
  await prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await peer.stop();
});

describe("the email outbox", () => {
  it("delivers messages queued while no worker ran, each exactly once, through an outage, with workers racing", async () => {
    // Queued, then the process stops before anything is sent.
    await startJobs([deliverEmailJob], withoutWorkers);
    const ids = await queueMessages(6);
    await stopJobs();

    // The next process's workers meet a provider that is down for its first 4 requests.
    peer.failNext(4);
    await startJobs([deliverEmailJob], withWorkers);
    await expect
      .poll(() => prisma.emailMessage.count({ where: { id: { in: ids }, status: "sent" } }), {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(ids.length);

    // Each message once: a duplicate would show up twice in what the provider accepted.
    expect(deliveredIds().sort()).toEqual([...ids].sort());
    const stored = await prisma.emailMessage.findMany({ where: { id: { in: ids } } });
    for (const message of stored) {
      expect(message).toMatchObject({ status: "sent", transport: "resend", lastError: null });
      expect(message.providerMessageId).toMatch(/^resend-\d$/);
      expect(message.sentAt).not.toBeNull();
    }
    // The outage's failed attempts were counted on the messages that met it.
    expect(stored.reduce((sum, message) => sum + message.attempts, 0)).toBe(ids.length + 4);
    await expect.poll(async () => (await jobStates(ids)).map((job) => job.state)).toEqual(ids.map(() => "completed"));
  }, 120_000);

  it("lets one of two racing senders send a message, once", async () => {
    await startJobs([deliverEmailJob], withoutWorkers);
    const [id] = await queueMessages(1);

    const results = await Promise.all([deliverEmail(id!), deliverEmail(id!)]);
    expect(results.filter((message) => message === null)).toHaveLength(1);
    expect(results.find((message) => message !== null)).toMatchObject({ status: "sent", attempts: 1 });
    expect(deliveredIds()).toEqual([id]);
  });

  it("keeps the provider's error, retries with backoff, and gives up after MAX_ATTEMPTS", async () => {
    await startJobs([deliverEmailJob], withoutWorkers);
    const [id] = await queueMessages(1);
    peer.failNext(1_000);

    // Earlier attempts (the request's own, and retries) all met the outage.
    for (let attempt = 1; attempt <= MAX_ATTEMPTS - 2; attempt++) {
      expect(await deliverEmail(id!)).toMatchObject({
        status: "queued",
        attempts: attempt,
        lastError: expect.stringContaining("Service not available"),
      });
    }
    await stopJobs();

    // The job's run fails again, and its retry waits out the backoff (at least 20 s).
    await startJobs([deliverEmailJob], withWorkers);
    await expect.poll(async () => (await jobStates([id!]))[0]?.state, { timeout: 20_000 }).toBe("retry");
    const [retry] = await jobStates([id!]);
    expect(retry!.startAfter.getTime()).toBeGreaterThan(Date.now() + 10_000);

    // The retry is the last attempt: the message fails for good, and its job is done with it.
    await expect
      .poll(async () => (await prisma.emailMessage.findUniqueOrThrow({ where: { id: id! } })).status, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe("failed");
    const gaveUp = await prisma.emailMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(gaveUp).toMatchObject({ attempts: MAX_ATTEMPTS, transport: "resend" });
    expect(gaveUp.lastError).toMatch(/Service not available/);
    await expect.poll(async () => (await jobStates([id!]))[0]?.state).toBe("completed");
    expect(deliveredIds()).toEqual([]);
  }, 120_000);
});
