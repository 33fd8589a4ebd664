import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { livekitApi } from "@/lib/livekit/endpoints";
import { issueRoomToken } from "@/lib/livekit/issue-room-token";

// The old room backend's call: a token for a room the caller (usually by API key) owns.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(livekitApi.createRoomToken, ({ params, principal, body }) =>
    issueRoomToken(params.room_name, principal.userId, body),
  ),
);
