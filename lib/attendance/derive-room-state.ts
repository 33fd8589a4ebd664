import "server-only";
import type { Prisma } from "@/lib/db";
import { deriveStay } from "./derive-stay";
import { PRESENCE_CHANNEL } from "./presence-channel";

type Tx = Prisma.TransactionClient;

/**
 * Recomputes a room's session (start, end, peak) and, for a participant's
 * event, that participant's stay, from every event stored for them. Computing
 * from the whole record rather than applying the one event makes the result
 * independent of arrival order and of which instance received what.
 *
 * The caller holds the room's advisory lock, taken after inserting the event
 * (recordLivekitEvent): whichever transaction takes it last sees every event
 * committed before it and its own, so the last computation is always complete.
 * Notifies listeners when it commits.
 */
export async function deriveRoomState(
  tx: Tx,
  room: { roomSid: string; roomName: string; participantSid: string | null },
): Promise<void> {
  const [session] = await tx.$queryRaw<{ id: string; meetingId: string | null }[]>`
    INSERT INTO "MeetingSession" ("id", "roomSid", "roomName", "meetingId", "startedAt", "endedAt")
    SELECT ${`ms_${room.roomSid}`}, ${room.roomSid}, ${room.roomName},
           (SELECT "id" FROM "Meeting" WHERE "roomName" = ${room.roomName}),
           MIN("createdAt"), MAX("createdAt") FILTER (WHERE "event" = 'room_finished')
    FROM "LivekitEvent"
    WHERE "roomSid" = ${room.roomSid}
      AND "event" IN ('room_started', 'room_finished', 'participant_joined', 'participant_left',
                      'participant_connection_aborted', 'track_published', 'track_unpublished')
    ON CONFLICT ("roomSid") DO UPDATE SET "startedAt" = EXCLUDED."startedAt", "endedAt" = EXCLUDED."endedAt"
    RETURNING "id", "meetingId"`;
  if (!session) return;
  if (room.participantSid) await deriveStay(tx, session.id, room.participantSid);
  await tx.$queryRaw`
    UPDATE "MeetingSession" SET "peakParticipants" = (
      SELECT COALESCE(MAX("present"), 0) FROM (
        -- At equal times a leave (-1) sorts before a join (+1), so a handover is not counted as an overlap.
        SELECT SUM("delta") OVER (ORDER BY "at", "delta") AS "present" FROM (
          SELECT "joinedAt" AS "at", 1 AS "delta" FROM "AttendanceInterval" WHERE "sessionId" = ${session.id}
          UNION ALL
          SELECT "leftAt", -1 FROM "AttendanceInterval" WHERE "sessionId" = ${session.id} AND "leftAt" IS NOT NULL
        ) AS "changes"
      ) AS "running"
    )
    WHERE "id" = ${session.id}
    RETURNING pg_notify(${PRESENCE_CHANNEL}, ${session.meetingId ?? ""})::text`;
}
