import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { receiveLivekitWebhook } from "@/lib/attendance/receive-livekit-webhook";

// The old room backend's webhook path, for LiveKit servers still configured with it.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.receiveLivekitWebhookV1, ({ body, req }) =>
    receiveLivekitWebhook(body, req.headers.get("authorization")),
  ),
);
