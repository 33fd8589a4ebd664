import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { normalizeMeetingCode } from "./code";

/**
 * The meeting behind a /m/{code} link, deleted ones included (their page says
 * so). Cached per request: the page and its metadata share one query.
 */
export const findMeetingByCode = cache(async (input: string) => {
  const code = normalizeMeetingCode(decodeURIComponent(input));
  return code ? prisma.meeting.findUnique({ where: { code } }) : null;
});
