import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { openMeetingPresenceStream } from "@/lib/attendance/open-presence-stream";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.streamMeetingPresence, ({ params, req }) => openMeetingPresenceStream(params.id, req.signal)),
);
