import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { meetingsApi } from "@/lib/meetings/endpoints";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";
import { toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";
import { updateMeeting } from "@/lib/meetings/update-meeting";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(meetingsApi.getMeeting, async ({ params, principal }) =>
    toMeetingResourceWithLive(await getMeetingOrThrow(params.id, principal.userId)),
  ),

  handle(meetingsApi.updateMeeting, async ({ params, principal, body }) => {
    const meeting = await getMeetingOrThrow(params.id, principal.userId);
    return toMeetingResourceWithLive(await updateMeeting(meeting, body));
  }),

  handle(meetingsApi.deleteMeeting, async ({ params, principal }) => {
    await deleteMeeting(await getMeetingOrThrow(params.id, principal.userId));
  }),
);
