import { ApiError } from "@/lib/api/errors";
import type { Meeting } from "@/lib/db";
import { findMeeting } from "./find-meeting";

/** A live (not deleted) meeting, or the API's 404. */
export async function getMeetingOrThrow(idOrCode: string): Promise<Meeting> {
  const meeting = await findMeeting(idOrCode);
  if (!meeting || meeting.deletedAt) {
    throw new ApiError("not_found", `No meeting has the id or code "${idOrCode.slice(0, 64)}".`);
  }
  return meeting;
}
