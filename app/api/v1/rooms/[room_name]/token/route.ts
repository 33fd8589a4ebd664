import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { issueRoomToken } from "@/lib/livekit/issue-room-token";
import { roomTokenInputSchema } from "@/lib/livekit/schemas";

// The old room backend's call: a token for a room the caller (usually by API key) owns.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<{ room_name: string }>({
  async POST({ req, params, principal }) {
    const input = await readJsonBody(req, roomTokenInputSchema);
    const token = await issueRoomToken(params.room_name, principal.userId, input);
    return Response.json(token, { headers: { "Cache-Control": "no-store" } });
  },
});
