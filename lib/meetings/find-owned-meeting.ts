import type { Meeting } from "@/lib/db";
import { findMeeting } from "./find-meeting";

/** A live (not deleted) meeting by id or code, only when `userId` owns it. */
export async function findOwnedMeeting(idOrCode: string, userId: string): Promise<Meeting | null> {
  const meeting = await findMeeting(idOrCode);
  return meeting && !meeting.deletedAt && meeting.ownerId === userId ? meeting : null;
}
