import type { z } from "zod";
import type { Prisma } from "@/lib/db";
import { enqueueJob } from "./enqueue-job";

/** How a failed run is retried: `limit` more runs, `delaySeconds` apart, doubling (with jitter) when `backoff`. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

export interface JobRun {
  id: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
}

export interface JobOptions<Schema extends z.ZodType> {
  /** The queue's name in the database: letters, digits, `-`, `_`, `.`; never renamed once jobs are queued. */
  name: string;
  payload: Schema;
  /** Throw to fail the run (it is retried per `retry`); return to complete it. */
  handler: (payload: z.output<Schema>, run: JobRun) => Promise<void>;
  retry: RetryPolicy;
  /** A run taking longer is presumed dead (its worker crashed) and is retried. Default 15 minutes. */
  timeoutSeconds?: number;
  /**
   * Runs the job on this cron schedule (UTC), once per tick across all instances, with the payload
   * `{}`, which the schema must accept.
   */
  cron?: string;
  /** `stately`: at most one queued and one running at a time, however many are enqueued. Default `standard`. */
  policy?: "standard" | "stately";
}

export interface EnqueueOptions {
  /**
   * Queue the job in the caller's Prisma transaction: it exists exactly when the caller's own writes
   * commit. Never call `enqueue` inside a transaction without it (the embedded database runs one
   * transaction at a time, so a second connection would wait for this one forever).
   */
  tx?: Prisma.TransactionClient;
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
}

export interface Job<Schema extends z.ZodType = z.ZodType> extends JobOptions<Schema> {
  /** Queues one run; resolves with the job's id. Needs `startJobs` (with this job) to have run in this process. */
  enqueue(payload: z.input<Schema>, options?: EnqueueOptions): Promise<string>;
}

/**
 * Declares a background job once: what it is called, what it carries, what
 * it does, how it is retried and, optionally, when it runs by itself. List it
 * in instrumentation.ts so that every process prepares its queue and workers
 * run it.
 */
export function defineJob<Schema extends z.ZodType>(options: JobOptions<Schema>): Job<Schema> {
  return {
    ...options,
    enqueue: async (payload, enqueueOptions = {}) =>
      enqueueJob(options.name, await options.payload.parseAsync(payload), enqueueOptions),
  };
}
