import { readJsonBody } from "@/lib/api/body";
import { openApiRoute } from "@/lib/api/route";
import { issueMeetingToken } from "@/lib/livekit/issue-meeting-token";
import { joinInputSchema } from "@/lib/meetings/join-input";

// Anyone with the link may join: guests get a guest token, the owner a host token.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = openApiRoute<{ id: string }>({
  async POST({ req, params, principal }) {
    const { name } = await readJsonBody(req, joinInputSchema);
    const token = await issueMeetingToken(params.id, principal, name);
    return Response.json(token, { headers: { "Cache-Control": "no-store" } });
  },
});
