import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { defineJob } from "./define-job";
import { startJobs, stopJobs } from "./start-jobs";

// A schema of this file's own: no test server's worker (they share the database) takes these jobs.
const schema = `jobs_test_${randomUUID().slice(0, 8)}`;
const fast = { schema, pollingIntervalSeconds: 0.5 };

const ran: { word: string; attempt: number }[] = [];
let failuresLeft = 0;
const echoJob = defineJob({
  name: "test.echo",
  payload: z.object({ word: z.string() }),
  retry: { limit: 3, delaySeconds: 1, backoff: false },
  handler({ word }, { attempt }) {
    ran.push({ word, attempt });
    return failuresLeft-- > 0 ? Promise.reject(new Error("not this time")) : Promise.resolve();
  },
});

/** Takes a second and a half, so that a worker can be stopped while it holds one. */
const slowJob = defineJob({
  name: "test.slow",
  payload: z.object({ word: z.string() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  async handler({ word }, { attempt }) {
    ran.push({ word: `${word} started`, attempt });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    ran.push({ word: `${word} finished`, attempt });
  },
});

const tickJob = defineJob({
  name: "test.tick",
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  cron: "*/5 * * * *",
  policy: "stately",
  handler: () => Promise.resolve(),
});

const wordsRun = () => ran.map((run) => run.word);
const queuedWords = async () =>
  (await prisma.$queryRawUnsafe<{ word: string }[]>(`SELECT data->>'word' AS word FROM "${schema}".job`)).map(
    (row) => row.word,
  );

afterEach(async () => {
  await stopJobs();
  await prisma.$executeRawUnsafe(`DELETE FROM "${schema}".job`);
  ran.length = 0;
  failuresLeft = 0;
});
afterAll(async () => {
  await prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

describe("background jobs", () => {
  it("runs a job queued while no worker ran once a worker starts (it survives a restart)", async () => {
    await startJobs([echoJob], { ...fast, work: false });
    await echoJob.enqueue({ word: "persisted" });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ran).toEqual([]); // nobody works in this process yet
    await stopJobs();

    await startJobs([echoJob], { ...fast, work: true });
    await expect.poll(wordsRun, { timeout: 15_000 }).toEqual(["persisted"]);
  });

  it("queues a job with the caller's transaction: it exists when the transaction commits, never when it rolls back", async () => {
    await startJobs([echoJob], { ...fast, work: false });
    await prisma.$transaction(async (tx) => {
      await echoJob.enqueue({ word: "committed" }, { tx });
    });
    await expect(
      prisma.$transaction(async (tx) => {
        await echoJob.enqueue({ word: "rolled-back" }, { tx });
        throw new Error("the caller's write failed");
      }),
    ).rejects.toThrow("the caller's write failed");

    expect(await queuedWords()).toContain("committed");
    expect(await queuedWords()).not.toContain("rolled-back");
  });

  it("retries a failing run per the job's policy", async () => {
    failuresLeft = 2;
    await startJobs([echoJob], { ...fast, work: true });
    await echoJob.enqueue({ word: "stubborn" });
    await expect.poll(() => ran.length, { timeout: 20_000 }).toBe(3);
    expect(ran).toEqual([
      { word: "stubborn", attempt: 1 },
      { word: "stubborn", attempt: 2 },
      { word: "stubborn", attempt: 3 },
    ]);
  });

  it("finishes the job in hand when it stops", async () => {
    await startJobs([slowJob], { ...fast, work: true });
    const id = await slowJob.enqueue({ word: "slow" });
    await expect.poll(wordsRun, { timeout: 15_000 }).toEqual(["slow started"]);
    await stopJobs();
    expect(wordsRun()).toEqual(["slow started", "slow finished"]);
    const [job] = await prisma.$queryRawUnsafe<{ state: string }[]>(
      `SELECT state FROM "${schema}".job WHERE id = $1::uuid`,
      id,
    );
    expect(job?.state).toBe("completed");
  });

  it("keeps the cron schedules the code declares, and only those", async () => {
    const schedules = () =>
      prisma.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(
        `SELECT name, cron, timezone FROM "${schema}".schedule`,
      );
    await startJobs([echoJob, tickJob], { ...fast, work: true });
    expect(await schedules()).toEqual([{ name: "test.tick", cron: "*/5 * * * *", timezone: "UTC" }]);
    await stopJobs();

    await startJobs([echoJob], { ...fast, work: true });
    expect(await schedules()).toEqual([]);
    await stopJobs();

    const badCron = defineJob({
      ...tickJob,
      name: "test.bad-cron",
      payload: z.object({ word: z.string() }),
      handler: () => Promise.resolve(),
    });
    await expect(startJobs([badCron], { ...fast, work: true })).rejects.toThrow(/payload must accept \{\}/);
  });

  it("refuses a payload its schema rejects, and a job this process did not start", async () => {
    await startJobs([], { ...fast, work: false });
    // @ts-expect-error: the payload's type comes from the schema
    await expect(echoJob.enqueue({ word: 42 })).rejects.toThrow(/expected string/);
    await expect(echoJob.enqueue({ word: "unlisted" })).rejects.toThrow(/not among the jobs this process started/);
  });
});
