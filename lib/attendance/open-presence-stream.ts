import "server-only";
import { ApiError } from "@/lib/errors";
import { prisma } from "@/lib/db";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { healPresence } from "./heal-presence";
import { streamPresence } from "./stream-presence";

/**
 * The presence stream of the meeting behind a link (404 unknown, 410 deleted).
 * Opening it first reconciles the room with LiveKit, so a crashed tab is not
 * shown as present to whoever opens the page.
 */
export async function openMeetingPresenceStream(idOrCode: string, signal: AbortSignal): Promise<ReadableStream> {
  const meeting = await findMeeting(idOrCode);
  if (!meeting) throw new ApiError("not_found", `No meeting has the id or code "${idOrCode.slice(0, 64)}".`);
  if (meeting.deletedAt) throw new ApiError("gone", "This meeting was deleted by its organiser.");
  await healPresence(meeting.roomName);
  return streamPresence([meeting.id], signal);
}

/** The presence stream of every meeting `userId` owns (the dashboard's), newest 500. */
export async function openOwnerPresenceStream(userId: string, signal: AbortSignal): Promise<ReadableStream> {
  const meetings = await prisma.meeting.findMany({
    where: { ownerId: userId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { id: true },
  });
  return streamPresence(
    meetings.map((meeting) => meeting.id),
    signal,
  );
}
