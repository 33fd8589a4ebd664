import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/db";
import type { EnqueueOptions } from "./define-job";
import { runningJobs } from "./running-jobs";

/** Queues one run of the job `name` (defineJob's `enqueue` calls this). */
export async function enqueueJob(name: string, payload: unknown, options: EnqueueOptions): Promise<string> {
  const running = runningJobs();
  if (!running) throw new Error(`Cannot enqueue "${name}": background jobs are not started in this process.`);
  if (!running.names.has(name)) {
    throw new Error(`Cannot enqueue "${name}": it is not among the jobs this process started (instrumentation.ts).`);
  }
  const id = await running.boss.send(name, payload as object, {
    startAfter: options.startAfterSeconds,
    db: options.tx ? transactionDb(options.tx) : undefined,
  });
  if (!id) throw new Error(`pg-boss did not queue "${name}".`);
  return id;
}

/** pg-boss's SQL, run on the caller's Prisma transaction instead of its own pool. */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value: unknown) => value ?? null));
      return { rows };
    },
  };
}
