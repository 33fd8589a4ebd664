import "server-only";
import { prisma } from "@/lib/db";
import type { Participant } from "./schemas";

/**
 * Who is in the meeting's room now: the open stays of its open sessions, one
 * per identity (the latest, should a missed leave leave two open), earliest
 * arrival first. Cost: one query over the sessions and stays indexes.
 */
export async function listParticipants(meetingId: string): Promise<Participant[]> {
  const stays = await prisma.attendanceInterval.findMany({
    where: { leftAt: null, session: { meetingId, endedAt: null } },
    orderBy: [{ joinedAt: "asc" }, { participantSid: "asc" }],
    select: { identity: true, name: true, userId: true, joinedAt: true },
  });
  const latest = new Map(stays.map((stay) => [stay.identity, stay]));
  return [...latest.values()]
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime())
    .map((stay) => ({ ...stay, joinedAt: stay.joinedAt.toISOString() }));
}
