import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";
import { updateMeetingInputSchema } from "@/lib/meetings/schemas";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";
import { updateMeeting } from "@/lib/meetings/update-meeting";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<{ id: string }>({
  async GET({ params, principal }) {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    return Response.json(toMeetingResource(meeting));
  },

  async PATCH({ req, params, principal }) {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    const input = await readJsonBody(req, updateMeetingInputSchema);
    return Response.json(toMeetingResource(await updateMeeting(meeting, input)));
  },

  async DELETE({ params, principal }) {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    await deleteMeeting(meeting);
    return new Response(null, { status: 204 });
  },
});
