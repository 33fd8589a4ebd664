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

/**
 * Stores a verified event once, under its id, and brings the room's session and
 * the participant's stay up to date from every stored event, in one transaction.
 * A duplicate (LiveKit retries, or posts to two instances) finds its row and
 * changes nothing. Cost: one insert; for an acted-on event a per-room advisory
 * lock and about five indexed queries. Answers whether the event was new.
 */
export async function recordLivekitEvent(event: WebhookEvent): Promise<boolean> {
  const room = event.room;
  const participantSid = event.participant?.sid || null;
  const createdAt = new Date(Number(event.createdAt) * 1000);
  return prisma.$transaction(
    async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO "LivekitEvent" ("id", "event", "roomSid", "roomName", "participantSid", "createdAt", "payload")
        VALUES (${event.id}, ${event.event}, ${room?.sid || null}, ${room?.name || null}, ${participantSid},
                ${createdAt}, ${JSON.stringify(event.toJson())}::jsonb)
        ON CONFLICT ("id") DO NOTHING`;
      if (inserted === 0) return false;
      if (ACTED_ON.has(event.event) && room?.sid) {
        await deriveRoomState(tx, { roomSid: room.sid, roomName: room.name, participantSid });
      }
      return true;
    },
    // Events of one room wait for each other's lock; under a burst that can take a moment.
    { maxWait: 10_000, timeout: 20_000 },
  );
}
