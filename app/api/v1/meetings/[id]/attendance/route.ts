import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { attendanceCsv } from "@/lib/attendance/attendance-csv";
import { attendanceApi } from "@/lib/attendance/endpoints";
import { getAttendanceOrThrow } from "@/lib/attendance/get-attendance-or-throw";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(attendanceApi.getAttendance, async ({ params, query, principal, req }) => {
    const attendance = await getAttendanceOrThrow(params.id, principal.userId);
    const wantsCsv = query.format === "csv" || (!query.format && /\btext\/csv\b/.test(req.headers.get("accept") ?? ""));
    if (!wantsCsv) return attendance;
    return new Response(attendanceCsv(attendance), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="attendance-${params.id.replace(/[^A-Za-z0-9-]/g, "")}.csv"`,
        Vary: "Accept",
      },
    });
  }),
);
