import { readJsonBody } from "@/lib/api/body";
import { openApiRoute } from "@/lib/api/route";
import { issueJitsiJoin } from "@/lib/jitsi/issue-jitsi-join";
import { joinInputSchema } from "@/lib/meetings/join-input";

// The Jitsi counterpart of the LiveKit token: how to open the room, with a signed JWT when Jitsi JWTs are configured.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = openApiRoute<{ id: string }>({
  async POST({ req, params, principal }) {
    const { name } = await readJsonBody(req, joinInputSchema);
    const join = await issueJitsiJoin(params.id, principal, name);
    return Response.json(join, { headers: { "Cache-Control": "no-store" } });
  },
});
