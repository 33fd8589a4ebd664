import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { inviteToMeeting } from "@/lib/invitations/invite-to-meeting";
import { sendEmailInputSchema, sendEmailResultSchema } from "@/lib/invitations/schemas";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";

/** The old link generator's call: a new meeting, its link emailed to everyone in `to`. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async POST({ req, principal }) {
    const { to, message, ...input } = await readJsonBody(req, sendEmailInputSchema);
    const { meeting, invitations } = await inviteToMeeting(principal.userId, { to, message }, () =>
      createMeeting(principal.userId, input),
    );
    return Response.json(sendEmailResultSchema.parse({ ...toMeetingResource(meeting), invitations }), { status: 201 });
  },
});
