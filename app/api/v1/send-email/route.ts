import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { invitationsApi } from "@/lib/invitations/endpoints";
import { inviteToMeeting } from "@/lib/invitations/invite-to-meeting";
import { sendEmailResultSchema } from "@/lib/invitations/schemas";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";

/** The old link generator's call: a new meeting, its link emailed to everyone in `to`. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(invitationsApi.sendEmail, async ({ body, principal }) => {
    const { to, message, ...input } = body;
    const { meeting, invitations } = await inviteToMeeting(principal.userId, { to, message }, () =>
      createMeeting(principal.userId, input),
    );
    // Parsed to keep only the fields the old call answered with.
    return sendEmailResultSchema.parse({ ...(await toMeetingResourceWithLive(meeting)), invitations });
  }),
);
