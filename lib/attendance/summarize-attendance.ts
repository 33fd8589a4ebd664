import "server-only";
import { prisma } from "@/lib/db";
import { coveredMilliseconds } from "./merge-intervals";
import type { Attendance, Attendee } from "./schemas";

type Stay = { identity: string; name: string; userId: string | null; joinedAt: Date; leftAt: Date | null };

/**
 * The meeting's sessions, newest first, each with its attendees: per identity
 * the first join, the last leave, the time in the call with overlapping stays
 * merged, and the number of joins. A stay still open in an ended session ends
 * with the session; one in an open session runs until `now`.
 * Cost: one query for the sessions and their stays.
 */
export async function summarizeAttendance(meetingId: string, now = new Date()): Promise<Attendance> {
  const sessions = await prisma.meetingSession.findMany({
    where: { meetingId },
    orderBy: [{ startedAt: "desc" }, { roomSid: "asc" }],
    include: { intervals: { orderBy: [{ joinedAt: "asc" }, { participantSid: "asc" }] } },
  });
  return {
    sessions: sessions.map((session) => ({
      id: session.id,
      startedAt: session.startedAt.toISOString(),
      endedAt: session.endedAt?.toISOString() ?? null,
      peakParticipants: session.peakParticipants,
      attendees: attendeesOf(session.intervals, session.endedAt, now),
    })),
  };
}

function attendeesOf(stays: readonly Stay[], sessionEnd: Date | null, now: Date): Attendee[] {
  const byIdentity = new Map<string, Stay[]>();
  for (const stay of stays) byIdentity.set(stay.identity, [...(byIdentity.get(stay.identity) ?? []), stay]);
  return [...byIdentity.values()].map((own) => {
    const ends = own.map((stay) => stay.leftAt ?? sessionEnd);
    const stillIn = ends.some((end) => end === null);
    const latest = own.at(-1)!;
    return {
      identity: latest.identity,
      name: latest.name,
      userId: own.map((stay) => stay.userId).find(Boolean) ?? null,
      firstJoinedAt: own[0]!.joinedAt.toISOString(),
      lastLeftAt: stillIn ? null : new Date(Math.max(...ends.map((end) => end!.getTime()))).toISOString(),
      durationSeconds: Math.round(
        coveredMilliseconds(own.map((stay, i) => ({ from: stay.joinedAt.getTime(), to: (ends[i] ?? now).getTime() }))) /
          1000,
      ),
      joins: own.length,
    };
  });
}
