import type PgBoss from "pg-boss";

/**
 * The process's connection to the job queue, once `startJobs` has made it.
 * On globalThis: Next bundles instrumentation.ts and the routes separately,
 * and both must see the one queue.
 */
export interface RunningJobs {
  boss: PgBoss;
  /** The jobs whose queues exist: only these may be enqueued. */
  names: Set<string>;
}

const state = globalThis as unknown as { qariJobs?: RunningJobs };

export function runningJobs(): RunningJobs | undefined {
  return state.qariJobs;
}

export function setRunningJobs(running: RunningJobs | undefined): void {
  state.qariJobs = running;
}
