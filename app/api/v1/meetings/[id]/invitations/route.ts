import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { inviteToMeeting } from "@/lib/invitations/invite-to-meeting";
import { inviteInputSchema } from "@/lib/invitations/schemas";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";

/** Emails the meeting's link to people: its owner only. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<{ id: string }>({
  async POST({ req, params, principal }) {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    const input = await readJsonBody(req, inviteInputSchema);
    const { invitations } = await inviteToMeeting(principal.userId, input, () => Promise.resolve(meeting));
    return Response.json({ invitations }, { status: 201 });
  },
});
