import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { getParticipantsOrThrow } from "@/lib/attendance/get-participants-or-throw";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.listParticipants, async ({ params, principal }) => ({
    participants: await getParticipantsOrThrow(params.id, principal.userId),
  })),
);
