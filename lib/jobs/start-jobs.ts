import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import type { Job } from "./define-job";
import { runningJobs, setRunningJobs } from "./running-jobs";

export interface StartJobsOptions {
  /** Run workers (and cron schedules) in this process; false only prepares the queues for enqueueing. */
  work: boolean;
  /** pg-boss's schema; tests use their own so that no other test server's worker takes their jobs. */
  schema?: string;
  /** How often an idle worker asks for work. Default 2 s. */
  pollingIntervalSeconds?: number;
  /** Workers per job in this process, each taking up to 10 due jobs at a time. Default 1. */
  workersPerJob?: number;
}

/**
 * Connects to the queue (creating or migrating its tables), creates each
 * job's queue with its retry policy and, when `work` is set, starts workers
 * and cron schedules. Every process that enqueues must call it first, with
 * every job it enqueues.
 */
export async function startJobs(jobs: Job[], options: StartJobsOptions): Promise<void> {
  if (runningJobs()) throw new Error("Background jobs are already started in this process.");
  const { work, schema = "pgboss", pollingIntervalSeconds = 2, workersPerJob = 1 } = options;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: background jobs need the database.");
  const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema, max: 4, supervise: work, schedule: work });
  boss.on("error", (error: Error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  try {
    for (const job of jobs) {
      const queue = {
        name: job.name,
        policy: job.policy ?? "standard",
        retryLimit: job.retry.limit,
        retryDelay: job.retry.delaySeconds,
        retryBackoff: job.retry.backoff,
        expireInSeconds: job.timeoutSeconds ?? 15 * 60,
      };
      await boss.createQueue(job.name, queue); // a no-op when it exists…
      await boss.updateQueue(job.name, queue); // …so that a changed retry policy applies too
    }
    if (work) await startWorkers(boss, jobs, { pollingIntervalSeconds, workersPerJob });
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  setRunningJobs({ boss, names: new Set(jobs.map((job) => job.name)) });
}

async function startWorkers(
  boss: PgBoss,
  jobs: Job[],
  { pollingIntervalSeconds, workersPerJob }: { pollingIntervalSeconds: number; workersPerJob: number },
) {
  const cronNames = new Set<string>();
  for (const job of jobs) {
    if (!job.cron) continue;
    if (!job.payload.safeParse({}).success) throw new Error(`Cron job "${job.name}": its payload must accept {}.`);
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    cronNames.add(job.name);
  }
  // A cron job taken out of the code stops running.
  for (const schedule of await boss.getSchedules()) {
    if (!cronNames.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const job of jobs) {
    for (let i = 0; i < workersPerJob; i++) {
      await boss.work(job.name, { pollingIntervalSeconds, batchSize: JOBS_PER_FETCH, includeMetadata: true }, (runs) =>
        Promise.all(runs.map((run) => runJob(boss, job, run))),
      );
    }
  }
}

/**
 * How many due jobs a worker takes at once, and runs side by side. A worker
 * fetches once per polling interval, even after a busy fetch, so this is
 * also its pace through a backlog.
 */
const JOBS_PER_FETCH = 10;

async function runJob(boss: PgBoss, job: Job, run: PgBoss.JobWithMetadata<unknown>) {
  const attempt = run.retryCount + 1;
  try {
    await job.handler(job.payload.parse(run.data), { id: run.id, attempt });
  } catch (error) {
    const message = (error as Error).message;
    console.error(`[jobs] ${job.name} ${run.id} failed (attempt ${attempt}): ${message}`);
    // Failed on its own (to be retried per its policy); pg-boss completes the rest of the batch.
    await boss.fail(job.name, run.id, { message });
  }
}

/**
 * Stops this process's workers after the jobs in hand finish (up to 30 s;
 * an unfinished one is retried elsewhere), then disconnects.
 */
export async function stopJobs(): Promise<void> {
  const running = runningJobs();
  if (!running) return;
  setRunningJobs(undefined);
  await running.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
}

/**
 * startJobs for a server, which must come up even while the database is
 * down (it answers 503 until it is back): the first try is awaited, later
 * ones run in the background every 10 s until one succeeds.
 */
export async function startJobsWhenDatabaseAnswers(jobs: Job[], options: StartJobsOptions): Promise<void> {
  if (runningJobs()) return; // `next dev` may register the instrumentation again
  try {
    await startJobs(jobs, options);
  } catch (error) {
    console.error(`[jobs] Cannot start background jobs yet (retrying in 10 s): ${(error as Error).message}`);
    setTimeout(() => void startJobsWhenDatabaseAnswers(jobs, options), 10_000).unref();
  }
}
