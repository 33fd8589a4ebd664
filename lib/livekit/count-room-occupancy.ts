import "server-only";
import { RoomServiceClient } from "livekit-server-sdk";
import type { Principal } from "@/lib/auth/principal";
import { ApiError } from "@/lib/errors";
import { admitToMeetingOrThrow } from "@/lib/meetings/admit-to-meeting-or-throw";
import { requireLivekit } from "./mint-join-token";
import type { RoomOccupancy } from "./schemas";

const httpUrl = (url: string) => url.replace(/^ws(s?):/, "http$1:");

/**
 * Who is in the meeting's LiveKit room, as LiveKit's room service lists them,
 * against the meeting's limit. LiveKit answers a join to a full room with an
 * HTTP 500 before the WebSocket upgrade, which a browser cannot read; this is
 * how the page learns that the room, not the network, turned it away.
 *
 * Cost: one query by a unique index and one HTTP call to LiveKit (bounded by
 * three seconds). Asked only after a failed join, never on the way in.
 */
export async function countRoomOccupancy(idOrCode: string, principal: Principal | null): Promise<RoomOccupancy> {
  const { meeting } = await admitToMeetingOrThrow(idOrCode, principal, "livekit");
  const livekit = requireLivekit();
  const rooms = new RoomServiceClient(httpUrl(livekit.url), livekit.apiKey, livekit.apiSecret, {
    requestTimeout: 3,
  });
  // LiveKit lists a room that does not exist yet as empty.
  const participants = await rooms.listParticipants(meeting.roomName).then(
    (list) => list.length,
    () => {
      throw new ApiError("service_unavailable", "The video server did not answer.");
    },
  );
  const max = meeting.maxParticipants;
  return { participants, maxParticipants: max, full: max !== null && max > 0 && participants >= max };
}
