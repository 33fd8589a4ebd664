import { readJsonBody, readSearchParams } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { createMeetingInputSchema, meetingListQuerySchema } from "@/lib/meetings/schemas";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async GET({ req, principal }) {
    const query = readSearchParams(req, meetingListQuerySchema);
    const { meetings, nextCursor } = await listMeetings(principal.userId, query);
    return Response.json({ data: meetings.map(toMeetingResource), nextCursor });
  },

  async POST({ req, principal }) {
    const input = await readJsonBody(req, createMeetingInputSchema, { allowEmpty: true });
    const meeting = await createMeeting(principal.userId, input);
    const resource = toMeetingResource(meeting);
    return Response.json(resource, { status: 201, headers: { Location: `/api/v1/meetings/${meeting.id}` } });
  },
});
