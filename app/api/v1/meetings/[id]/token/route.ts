import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { livekitApi } from "@/lib/livekit/endpoints";
import { issueMeetingToken } from "@/lib/livekit/issue-meeting-token";

// Anyone with the link may join: guests get a guest token, the owner a host token.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(livekitApi.createJoinToken, ({ params, principal, body }) =>
    issueMeetingToken(params.id, principal, body.name),
  ),
);
