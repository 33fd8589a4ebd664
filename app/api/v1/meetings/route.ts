import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { meetingsApi } from "@/lib/meetings/endpoints";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { toMeetingResources, toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(meetingsApi.listMeetings, async ({ query, principal }) => {
    const { meetings, nextCursor } = await listMeetings(principal.userId, query);
    return { data: await toMeetingResources(meetings), nextCursor };
  }),

  handle(meetingsApi.createMeeting, async ({ body, principal, responseHeaders }) => {
    const meeting = await createMeeting(principal.userId, body);
    responseHeaders.set("Location", `/api/v1/meetings/${meeting.id}`);
    return toMeetingResourceWithLive(meeting);
  }),
);
