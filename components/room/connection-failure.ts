import { ConnectionError, ConnectionErrorReason, DisconnectReason } from "livekit-client";

/** Why someone is not (or no longer) in the room, as the join screen tells them. */
export type RoomProblem = "unreachable" | "full" | "ended" | "removed" | "replaced" | "lost" | "refused";

/**
 * A failed connection attempt, sorted. LiveKit refuses a full room with an
 * error naming the participant limit ("room has exceeded its max
 * participants"); everything that never reached a server counts as unreachable.
 */
export function classifyConnectError(error: unknown): RoomProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/max(imum)? participants|room is full|participant limit/i.test(message)) return "full";
  if (error instanceof ConnectionError) {
    if (error.reason === ConnectionErrorReason.NotAllowed) return "refused";
    return "unreachable";
  }
  return "unreachable";
}

/** A disconnection after having been in the room; null when the person left themselves. */
export function classifyDisconnect(reason: DisconnectReason | undefined): RoomProblem | null {
  switch (reason) {
    case DisconnectReason.CLIENT_INITIATED:
      return null;
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
      return "ended";
    case DisconnectReason.PARTICIPANT_REMOVED:
      return "removed";
    case DisconnectReason.DUPLICATE_IDENTITY:
      return "replaced";
    default:
      return "lost";
  }
}
