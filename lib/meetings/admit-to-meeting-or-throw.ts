import "server-only";
import { randomUUID } from "node:crypto";
import { ApiError, errorDetail } from "@/lib/errors";
import type { Principal } from "@/lib/auth/principal";
import type { Meeting } from "@/lib/db";
import { findMeeting } from "./find-meeting";
import { meetingLink } from "./links";
import type { MeetingProvider } from "./schemas";

/** What joining a meeting held elsewhere answers, by where it is held. */
const heldElsewhere: Record<MeetingProvider, (meeting: Meeting) => ApiError> = {
  jitsi: (meeting) =>
    new ApiError("conflict", `This is a Jitsi meeting: join it via Jitsi, from ${meetingLink(meeting.code)}.`, {
      details: [errorDetail("jitsi_meeting", "Jitsi meetings are joined via Jitsi.", "provider")],
    }),
  livekit: () =>
    new ApiError("conflict", "This meeting takes place in Qari, not on Jitsi: ask for a LiveKit token instead."),
};

/**
 * Who joins the meeting behind a link, and as whom. Anyone with the link may:
 * signed-in people as themselves (their user id is the identity), guests under
 * a fresh random identity; the owner is its host. Unknown is 404, deleted 410,
 * a meeting held on the other provider 409.
 *
 * Cost: one query by a unique index. A signed-in caller adds the session (or
 * API key) lookup that the route wrapper makes.
 */
export async function admitToMeetingOrThrow(
  idOrCode: string,
  principal: Principal | null,
  provider: MeetingProvider,
): Promise<{ meeting: Meeting; identity: string; isOwner: boolean }> {
  const meeting = await findMeeting(idOrCode);
  if (!meeting) throw new ApiError("not_found", `No meeting has the id or code "${idOrCode.slice(0, 64)}".`);
  if (meeting.deletedAt) {
    throw new ApiError("gone", "This meeting was deleted by its organiser, so it can no longer be joined.");
  }
  if (meeting.provider !== provider) throw heldElsewhere[meeting.provider](meeting);
  return {
    meeting,
    identity: principal ? principal.userId : `guest-${randomUUID()}`,
    isOwner: principal !== null && meeting.ownerId === principal.userId,
  };
}
