import "server-only";
import { ApiError } from "@/lib/errors";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { healPresence } from "./heal-presence";
import { listParticipants } from "./list-participants";
import type { Participant } from "./schemas";

/**
 * Who is in a meeting now, for its owner or for someone in the room at this
 * moment (signed in: their identity is their user id). Anyone else gets 404,
 * as for a meeting that does not exist. Cost: one lookup, one presence query,
 * and a reconciliation with LiveKit when the room is open (see healPresence).
 */
export async function getParticipantsOrThrow(idOrCode: string, userId: string): Promise<Participant[]> {
  const meeting = await findMeeting(idOrCode);
  if (meeting && !meeting.deletedAt) await healPresence(meeting.roomName);
  const participants = meeting && !meeting.deletedAt ? await listParticipants(meeting.id) : [];
  if (meeting && (meeting.ownerId === userId || participants.some((p) => p.userId === userId))) return participants;
  throw new ApiError(
    "not_found",
    `No meeting of yours, or that you are in, has the id or code "${idOrCode.slice(0, 64)}".`,
  );
}
