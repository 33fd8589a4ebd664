import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { createRoom, toRoomResource } from "@/lib/livekit/create-room";
import { createRoomInputSchema } from "@/lib/livekit/schemas";

// The old room backend's call, kept for the programs that use it (by API key).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async POST({ req, principal }) {
    const input = await readJsonBody(req, createRoomInputSchema, { allowEmpty: true });
    // Without LiveKit, createMeeting refuses with a 422 that names the missing variables.
    const meeting = await createRoom(principal.userId, input);
    return Response.json(toRoomResource(meeting), {
      status: 201,
      headers: { Location: `/api/v1/meetings/${meeting.id}` },
    });
  },
});
