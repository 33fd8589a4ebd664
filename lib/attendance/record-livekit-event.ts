import "server-only";
import type { WebhookEvent } from "livekit-server-sdk";
import { prisma } from "@/lib/db";
import { deriveRoomState } from "./derive-room-state";

/** The kinds that change sessions, attendance or presence; others are stored and left alone. */
export const ACTED_ON = new Set([
  "room_started",
  "room_finished",
  "participant_joined",
  "participant_left",
  "participant_connection_aborted",
  "track_published",
  "track_unpublished",
]);

/** An event as stored: LiveKit's, or one reconciliation observed (`reconcile:…` ids). */
export interface StoredEventInput {
  id: string;
  event: string;
  roomSid: string | null;
  roomName: string | null;
  participantSid: string | null;
  createdAt: Date;
  payload: unknown;
}

/** A verified webhook event in the shape it is stored in; LiveKit's times are whole seconds. */
export function toStoredEvent(event: WebhookEvent): StoredEventInput {
  return {
    id: event.id,
    event: event.event,
    roomSid: event.room?.sid || null,
    roomName: event.room?.name || null,
    participantSid: event.participant?.sid || null,
    createdAt: new Date(Number(event.createdAt) * 1000),
    payload: event.toJson(),
  };
}

/**
 * Stores an event once, under its id, and brings the room's session and the
 * participant's stay up to date from every stored event, in one transaction.
 * A duplicate (LiveKit retries, or posts to two instances) finds its row and
 * changes nothing. Cost: one insert (which also takes the room's advisory lock);
 * for an acted-on event about four more indexed queries. Answers whether the event was new.
 */
export async function recordLivekitEvent(event: StoredEventInput): Promise<boolean> {
  const { roomSid, roomName, participantSid } = event;
  // Only events that change a room's state take (and need) its lock.
  const lockKey = ACTED_ON.has(event.event) ? roomSid : null;
  return prisma.$transaction(
    async (tx) => {
      // Inserted, then (only if new) the room's lock, in one round trip.
      const inserted = await tx.$queryRaw<unknown[]>`
        WITH "stored" AS (
          INSERT INTO "LivekitEvent" ("id", "event", "roomSid", "roomName", "participantSid", "createdAt", "payload")
          VALUES (${event.id}, ${event.event}, ${roomSid}, ${roomName}, ${participantSid},
                  ${event.createdAt}, ${JSON.stringify(event.payload)}::jsonb)
          ON CONFLICT ("id") DO NOTHING
          RETURNING "id"
        )
        SELECT CASE WHEN ${lockKey}::text IS NULL THEN ''
               ELSE pg_advisory_xact_lock(hashtextextended(${lockKey}::text, 0))::text END
        FROM "stored"`;
      if (inserted.length === 0) return false;
      if (lockKey) await deriveRoomState(tx, { roomSid: lockKey, roomName: roomName ?? "", participantSid });
      return true;
    },
    // Events of one room wait for each other's lock; under a burst that can take a moment.
    { maxWait: 10_000, timeout: 20_000 },
  );
}
