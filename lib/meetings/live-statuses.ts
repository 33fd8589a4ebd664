import "server-only";
import { prisma } from "@/lib/db";
import type { LiveStatus } from "./schemas";

const idle: LiveStatus = { status: "idle", participantCount: 0, since: null };

/**
 * Each meeting's live status, by id, from the sessions LiveKit's webhooks
 * recorded: live while its room's session is open with someone in it, idle
 * otherwise (since its last session ended). Cost: one query over the
 * sessions index, whatever the number of meetings.
 */
export async function liveStatuses(meetingIds: readonly string[]): Promise<Map<string, LiveStatus>> {
  const statuses = new Map(meetingIds.map((id) => [id, idle]));
  if (meetingIds.length === 0) return statuses;
  const rows = await prisma.$queryRaw<
    { meetingId: string; startedAt: Date; endedAt: Date | null; present: number; lastLeftAt: Date | null }[]
  >`
    SELECT DISTINCT ON (s."meetingId") s."meetingId", s."startedAt", s."endedAt",
      (SELECT COUNT(DISTINCT i."identity")::int FROM "AttendanceInterval" i
        WHERE i."sessionId" = s."id" AND i."leftAt" IS NULL) AS "present",
      (SELECT MAX(i."leftAt") FROM "AttendanceInterval" i WHERE i."sessionId" = s."id") AS "lastLeftAt"
    FROM "MeetingSession" s
    WHERE s."meetingId" = ANY(${[...meetingIds]})
    ORDER BY s."meetingId", (s."endedAt" IS NULL) DESC, s."startedAt" DESC`;
  for (const row of rows) {
    if (row.endedAt === null && row.present > 0) {
      statuses.set(row.meetingId, {
        status: "live",
        participantCount: row.present,
        since: row.startedAt.toISOString(),
      });
    } else {
      statuses.set(row.meetingId, { ...idle, since: (row.endedAt ?? row.lastLeftAt ?? row.startedAt).toISOString() });
    }
  }
  return statuses;
}

export async function liveStatus(meetingId: string): Promise<LiveStatus> {
  return (await liveStatuses([meetingId])).get(meetingId) ?? idle;
}
