import "server-only";
import { randomUUID } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { Principal } from "@/lib/auth/authenticate-request";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { meetingLink } from "@/lib/meetings/links";
import { mintJoinToken, requireLivekit } from "./mint-join-token";
import type { JoinToken } from "./schemas";

/**
 * A token to join the meeting behind `idOrCode` as `name`. Anyone with the
 * link may join: signed-in people as themselves (their user id is the
 * identity, so a second tab replaces the first), guests under a fresh random
 * identity. The meeting's owner joins as host.
 *
 * Cost: one query by a unique index (the meeting by code or id). A signed-in
 * caller adds the session (or API key) lookup that the route wrapper makes.
 */
export async function issueMeetingToken(
  idOrCode: string,
  principal: Principal | null,
  name: string,
): Promise<JoinToken> {
  const meeting = await findMeeting(idOrCode);
  if (!meeting) throw new ApiError("not_found", `No meeting has the id or code "${idOrCode.slice(0, 64)}".`);
  if (meeting.deletedAt) {
    throw new ApiError("gone", "This meeting was deleted by its organiser, so it can no longer be joined.");
  }
  if (meeting.provider !== "livekit") {
    throw new ApiError("conflict", `This is a Jitsi meeting: join it via Jitsi, from ${meetingLink(meeting.code)}.`, {
      details: [{ path: "provider", code: "jitsi_meeting", message: "Jitsi meetings are joined via Jitsi." }],
    });
  }
  const livekit = requireLivekit();
  const isOwner = principal !== null && meeting.ownerId === principal.userId;
  return mintJoinToken(
    {
      roomName: meeting.roomName,
      identity: principal ? principal.userId : `guest-${randomUUID()}`,
      name,
      role: isOwner ? "host" : "guest",
      maxParticipants: meeting.maxParticipants,
      emptyTimeoutSeconds: meeting.emptyTimeoutSeconds,
    },
    livekit,
  );
}
