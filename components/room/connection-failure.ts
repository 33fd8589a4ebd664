import { ConnectionError, ConnectionErrorReason, DisconnectReason } from "livekit-client";
import { callApi } from "@/lib/api-client/call-api";
import { livekitApi } from "@/lib/livekit/endpoints";

/** Why someone is not (or no longer) in the room, as the join screen tells them. */
export type RoomProblem = "unreachable" | "full" | "ended" | "removed" | "replaced" | "lost" | "refused";

/**
 * A failed connection attempt, sorted by what LiveKit's client knows: a token
 * the server rejected (401/403 from its validate endpoint) is "refused";
 * everything else is "unreachable" until `explainConnectError` learns more.
 */
export function classifyConnectError(error: unknown): RoomProblem {
  if (error instanceof ConnectionError && error.reason === ConnectionErrorReason.NotAllowed) return "refused";
  return "unreachable";
}

/**
 * Whether the server answered but turned the WebSocket down. LiveKit refuses a
 * join to a full room that way: an HTTP 500 before the upgrade, whose text the
 * browser never sees, while its validate endpoint still says "success". The
 * client then reports a plain WebSocket error (a server that is down instead
 * fails the validate request too, and is reported as unreachable).
 */
function serverTurnedSocketDown(error: unknown): boolean {
  return (
    error instanceof ConnectionError &&
    (error.reason === ConnectionErrorReason.WebSocket || error.reason === ConnectionErrorReason.InternalError)
  );
}

/**
 * The same, made precise where the client cannot be: when the server turned
 * the socket down, Qari asks LiveKit's room service how full the room is.
 * Costs one request to Qari (and from it to LiveKit), only after a failure.
 */
export async function explainConnectError(error: unknown, meetingCode: string): Promise<RoomProblem> {
  if (!serverTurnedSocketDown(error)) return classifyConnectError(error);
  try {
    const occupancy = await callApi(livekitApi.getRoomOccupancy, { params: { id: meetingCode } });
    return occupancy.full ? "full" : "refused";
  } catch {
    return "unreachable";
  }
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
