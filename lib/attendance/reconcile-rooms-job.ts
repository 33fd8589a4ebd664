import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { reconcileRooms } from "./reconcile-rooms";

/**
 * Heals presence every minute, on one instance at a time (the job library
 * runs each cron tick once across all instances, and `stately` keeps runs from
 * piling up): stays and rooms LiveKit no longer has are closed even when
 * nobody opens their meeting. A failed run (LiveKit unreachable) is simply
 * retried by the next tick.
 */
export const reconcileRoomsJob = defineJob({
  name: "attendance.reconcile-rooms",
  payload: z.object({}),
  cron: "* * * * *",
  policy: "stately",
  retry: { limit: 0, delaySeconds: 30, backoff: false },
  timeoutSeconds: 5 * 60,
  async handler() {
    if (!env.livekit) return;
    const { finishedSessions, closedStays } = await reconcileRooms();
    if (finishedSessions || closedStays) {
      console.info(
        `[attendance] Reconciled with LiveKit: ${finishedSessions} sessions finished, ${closedStays} stays closed.`,
      );
    }
  },
});
