import { prisma, type Meeting, type Prisma } from "@/lib/db";
import type { MeetingListQuery } from "./schemas";

/**
 * One page of `ownerId`'s meetings, newest first, or for `when`: upcoming soonest first,
 * past most recent first, undated newest first. The cursor is the last id seen.
 */
export async function listMeetings(
  ownerId: string,
  query: MeetingListQuery,
  now = new Date(),
): Promise<{ meetings: Meeting[]; nextCursor: string | null }> {
  const where: Prisma.MeetingWhereInput = { ownerId, deletedAt: null };
  let orderBy: Prisma.MeetingOrderByWithRelationInput[] = [{ createdAt: "desc" }];
  if (query.when === "upcoming") {
    where.endsAt = { gt: now };
    orderBy = [{ startsAt: "asc" }];
  } else if (query.when === "past") {
    where.endsAt = { lte: now };
    orderBy = [{ startsAt: "desc" }];
  } else if (query.when === "undated") {
    where.startsAt = null;
  }

  const rows = await prisma.meeting.findMany({
    where,
    orderBy: [...orderBy, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const hasMore = rows.length > query.limit;
  const meetings = hasMore ? rows.slice(0, query.limit) : rows;
  return { meetings, nextCursor: hasMore ? (meetings.at(-1)?.id ?? null) : null };
}
