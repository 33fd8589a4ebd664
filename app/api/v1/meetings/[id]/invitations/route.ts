import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { invitationsApi } from "@/lib/invitations/endpoints";
import { inviteToMeeting } from "@/lib/invitations/invite-to-meeting";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";

/** Emails the meeting's link to people: its owner only. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(invitationsApi.inviteToMeeting, async ({ params, principal, body }) => {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    const { invitations } = await inviteToMeeting(principal.userId, body, () => Promise.resolve(meeting));
    return { invitations };
  }),
);
