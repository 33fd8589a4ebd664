import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { admitToMeetingOrThrow } from "@/lib/meetings/admit-to-meeting-or-throw";
import { mintJoinToken, requireLivekit } from "./mint-join-token";
import type { JoinToken } from "./schemas";

/**
 * A LiveKit token to join the meeting behind `idOrCode` as `name`: the owner
 * as host, anyone else as guest (a signed-in person's identity is their user
 * id, so a second tab replaces the first).
 */
export async function issueMeetingToken(
  idOrCode: string,
  principal: Principal | null,
  name: string,
): Promise<JoinToken> {
  const { meeting, identity, isOwner } = await admitToMeetingOrThrow(idOrCode, principal, "livekit");
  return mintJoinToken(
    {
      roomName: meeting.roomName,
      identity,
      name,
      role: isOwner ? "host" : "guest",
      maxParticipants: meeting.maxParticipants,
      emptyTimeoutSeconds: meeting.emptyTimeoutSeconds,
    },
    requireLivekit(),
  );
}
