import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { openOwnerPresenceStream } from "@/lib/attendance/open-presence-stream";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.streamMyPresence, ({ principal, req }) => openOwnerPresenceStream(principal.userId, req.signal)),
);
