/**
 * Runs once when a server process starts: prepares the background job
 * queues (every process enqueues) and, when JOB_WORKER is on, runs their
 * workers and cron schedules in this process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { startJobsWhenDatabaseAnswers, stopJobs } = await import("@/lib/jobs/start-jobs");
  const { deliverEmailJob } = await import("@/lib/email/deliver-email-job");
  const { reconcileRoomsJob } = await import("@/lib/attendance/reconcile-rooms-job");

  // Every background job, once (README, "Background work").
  const jobs = [deliverEmailJob, reconcileRoomsJob];
  await startJobsWhenDatabaseAnswers(jobs, { work: env.JOB_WORKER });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // Next exits as soon as its HTTP requests are done, unless NEXT_MANUAL_SIG_HANDLE
      // (npm start sets it) leaves exiting to us: then the jobs in hand finish first.
      void stopJobs().finally(() => {
        if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(0);
      });
    });
  }
}
