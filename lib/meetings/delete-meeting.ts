import { prisma, type Meeting } from "@/lib/db";

/** Deletes softly: the link keeps working only to say the meeting was deleted. */
export async function deleteMeeting(meeting: Meeting): Promise<void> {
  await prisma.meeting.update({ where: { id: meeting.id }, data: { deletedAt: new Date() } });
}
