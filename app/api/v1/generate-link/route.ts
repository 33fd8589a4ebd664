import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { meetingsApi } from "@/lib/meetings/endpoints";
import { generateLinkResultSchema } from "@/lib/meetings/schemas";
import { toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";

/** The old Jitsi link generator's call: a meeting in one step, answered with its links. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(meetingsApi.generateLink, async ({ body, principal }) => {
    const meeting = await createMeeting(principal.userId, body);
    // Parsed to keep only the fields the old call answered with.
    return generateLinkResultSchema.parse(await toMeetingResourceWithLive(meeting));
  }),
);
