import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { receiveLivekitWebhook } from "@/lib/attendance/receive-livekit-webhook";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.receiveLivekitWebhook, ({ body, req }) =>
    receiveLivekitWebhook(body, req.headers.get("authorization")),
  ),
);
