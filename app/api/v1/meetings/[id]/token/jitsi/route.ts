import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { jitsiApi } from "@/lib/jitsi/endpoints";
import { issueJitsiJoin } from "@/lib/jitsi/issue-jitsi-join";

// The Jitsi counterpart of the LiveKit token: how to open the room, with a signed JWT when Jitsi JWTs are configured.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(jitsiApi.createJitsiJoin, ({ params, principal, body }) => issueJitsiJoin(params.id, principal, body.name)),
);
