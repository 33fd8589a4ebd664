import "server-only";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";
import type { Attendance } from "./schemas";
import { summarizeAttendance } from "./summarize-attendance";

/** The attendance of a meeting `userId` owns; anyone else's is "not found" (404). */
export async function getAttendanceOrThrow(idOrCode: string, userId: string): Promise<Attendance> {
  const meeting = await getMeetingOrThrow(idOrCode, userId);
  return summarizeAttendance(meeting.id);
}
