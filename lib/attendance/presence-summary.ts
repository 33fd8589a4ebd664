import "server-only";
import { prisma } from "@/lib/db";
import { liveStatuses } from "@/lib/meetings/live-statuses";
import { listParticipants } from "./list-participants";
import type { PresenceSummary } from "./schemas";

/**
 * What the meeting page and the dashboard show of each meeting's room: live
 * status, who is in (read for live meetings only), and the last ended session.
 * Cost: two queries, plus one per live meeting.
 */
export async function presenceSummaries(meetingIds: readonly string[]): Promise<PresenceSummary[]> {
  if (meetingIds.length === 0) return [];
  const [live, ended] = await Promise.all([
    liveStatuses(meetingIds),
    prisma.meetingSession.findMany({
      where: { meetingId: { in: [...meetingIds] }, endedAt: { not: null } },
      orderBy: { endedAt: "desc" },
      distinct: ["meetingId"],
      select: { meetingId: true, startedAt: true, endedAt: true },
    }),
  ]);
  const lastSessions = new Map(ended.map((session) => [session.meetingId, session]));
  return Promise.all(
    meetingIds.map(async (meetingId) => {
      const status = live.get(meetingId)!;
      const last = lastSessions.get(meetingId);
      return {
        meetingId,
        live: status,
        names: status.status === "live" ? (await listParticipants(meetingId)).map((p) => p.name) : [],
        lastSession: last?.endedAt
          ? { startedAt: last.startedAt.toISOString(), endedAt: last.endedAt.toISOString() }
          : null,
      };
    }),
  );
}
