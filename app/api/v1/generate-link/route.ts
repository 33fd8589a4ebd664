import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { generateLinkInputSchema, generateLinkResultSchema } from "@/lib/meetings/schemas";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";

/** The old Jitsi link generator's call: a meeting in one step, answered with its links. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async POST({ req, principal }) {
    const input = await readJsonBody(req, generateLinkInputSchema, { allowEmpty: true });
    const meeting = await createMeeting(principal.userId, input);
    return Response.json(generateLinkResultSchema.parse(toMeetingResource(meeting)), { status: 201 });
  },
});
