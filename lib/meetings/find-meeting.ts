import { prisma, type Meeting } from "@/lib/db";
import { normalizeMeetingCode } from "./code";

/**
 * A meeting by its id or its code (any case, dashes optional), deleted ones
 * included so that their links can say "deleted" rather than "not found".
 */
export async function findMeeting(idOrCode: string): Promise<Meeting | null> {
  const code = normalizeMeetingCode(idOrCode);
  if (code) return prisma.meeting.findUnique({ where: { code } });
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(idOrCode)) return null;
  return prisma.meeting.findUnique({ where: { id: idOrCode } });
}
