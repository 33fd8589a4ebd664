import { ApiError } from "@/lib/errors";
import type { Meeting } from "@/lib/db";
import { findOwnedMeeting } from "./find-owned-meeting";

/**
 * A live meeting that `userId` owns, or the API's 404. Someone else's meeting
 * is "not found" too: its existence is nobody else's business.
 */
export async function getMeetingOrThrow(idOrCode: string, userId: string): Promise<Meeting> {
  const meeting = await findOwnedMeeting(idOrCode, userId);
  if (!meeting) throw new ApiError("not_found", `No meeting of yours has the id or code "${idOrCode.slice(0, 64)}".`);
  return meeting;
}
