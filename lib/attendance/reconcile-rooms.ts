import "server-only";
import { RoomServiceClient } from "livekit-server-sdk";
import { prisma } from "@/lib/db";
import { requireLivekit } from "@/lib/livekit/mint-join-token";
import { recordLivekitEvent } from "./record-livekit-event";

/** Stays and sessions younger than this are left alone: their join may postdate LiveKit's snapshot. */
const SETTLING_MS = 5_000;

export interface Reconciliation {
  finishedSessions: number;
  closedStays: number;
}

/**
 * Heals what lost webhooks left open, from LiveKit's room service: a session
 * whose room LiveKit no longer has (or has under another sid) is finished, and
 * a stay whose participant LiveKit no longer lists is closed, both at the time
 * of the snapshot. What it observes is stored as events (`reconcile:…` ids)
 * and derived like LiveKit's own, so a late real webhook with an earlier time
 * still wins, and two instances reconciling at once record each fact once.
 * `roomNames` limits it to some rooms (a page being opened); by default every
 * open session. Cost: one listRooms call, one listParticipants per open room.
 */
export async function reconcileRooms(options: { roomNames?: string[] } = {}): Promise<Reconciliation> {
  const livekit = requireLivekit();
  const client = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret, { requestTimeout: 5 });
  const open = await prisma.meetingSession.findMany({
    where: { endedAt: null, ...(options.roomNames ? { roomName: { in: options.roomNames } } : {}) },
    select: { roomSid: true, roomName: true, startedAt: true },
  });
  const result: Reconciliation = { finishedSessions: 0, closedStays: 0 };
  if (open.length === 0) return result;

  const snapshotAt = new Date();
  const rooms = new Map((await client.listRooms([...new Set(open.map((s) => s.roomName))])).map((r) => [r.name, r]));
  for (const session of open) {
    if (session.startedAt.getTime() > snapshotAt.getTime() - SETTLING_MS) continue;
    const room = rooms.get(session.roomName);
    if (room?.sid !== session.roomSid) {
      const finished = await recordLivekitEvent({
        id: `reconcile:room_finished:${session.roomSid}`,
        event: "room_finished",
        roomSid: session.roomSid,
        roomName: session.roomName,
        participantSid: null,
        createdAt: snapshotAt,
        payload: { reconciled: true, room: { sid: session.roomSid, name: session.roomName } },
      });
      if (finished) result.finishedSessions++;
      continue;
    }
    result.closedStays += await closeMissingStays(client, session, snapshotAt);
  }
  return result;
}

async function closeMissingStays(
  client: RoomServiceClient,
  session: { roomSid: string; roomName: string },
  snapshotAt: Date,
): Promise<number> {
  // LiveKit's list is read before Qari's, so nobody who joins in between is mistaken for gone.
  const present = new Set((await client.listParticipants(session.roomName)).map((p) => p.sid));
  const stays = await prisma.attendanceInterval.findMany({
    where: {
      session: { roomSid: session.roomSid },
      leftAt: null,
      joinedAt: { lt: new Date(snapshotAt.getTime() - SETTLING_MS) },
    },
    select: { participantSid: true, identity: true, name: true },
  });
  let closed = 0;
  for (const stay of stays.filter((s) => !present.has(s.participantSid))) {
    const recorded = await recordLivekitEvent({
      id: `reconcile:participant_left:${stay.participantSid}`,
      event: "participant_left",
      roomSid: session.roomSid,
      roomName: session.roomName,
      participantSid: stay.participantSid,
      createdAt: snapshotAt,
      payload: {
        reconciled: true,
        room: { sid: session.roomSid, name: session.roomName },
        participant: {
          sid: stay.participantSid,
          identity: stay.identity,
          name: stay.name,
          disconnectReason: "RECONCILED",
        },
      },
    });
    if (recorded) closed++;
  }
  return closed;
}
