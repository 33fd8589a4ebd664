import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { createRoom, toRoomResource } from "@/lib/livekit/create-room";
import { livekitApi } from "@/lib/livekit/endpoints";

// The old room backend's call, kept for the programs that use it (by API key).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(livekitApi.createRoom, async ({ body, principal, responseHeaders }) => {
    // Without LiveKit, createMeeting refuses with a 422 that names the missing variables.
    const meeting = await createRoom(principal.userId, body);
    responseHeaders.set("Location", `/api/v1/meetings/${meeting.id}`);
    return toRoomResource(meeting);
  }),
);
