import { createElement } from "react";
import { prisma, type Meeting } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MeetingInvitationEmail } from "@/lib/email/templates/meeting-invitation-email";
import { formatMeetingCode } from "@/lib/meetings/code";
import { formatMeetingTime } from "@/lib/meetings/format-schedule";
import { meetingLink } from "@/lib/meetings/links";
import { consumeLimits, rateLimitedError } from "@/lib/rate-limit/limits";
import type { Invitation, InviteInput } from "./schemas";

/**
 * Emails a meeting's link to each address in `input.to`, through the outbox
 * (so none is lost while the provider is down). The invitations count against
 * the sender's hourly allowance first (429 past it), and only then is
 * `meeting` called: it returns the meeting to invite to, creating it if need be,
 * so that a refused request leaves nothing behind.
 */
export async function inviteToMeeting(
  senderId: string,
  input: InviteInput,
  meeting: () => Promise<Meeting>,
): Promise<{ meeting: Meeting; invitations: Invitation[] }> {
  const recipients = [...new Set([input.to].flat().map((address) => address.trim().toLowerCase()))];
  const limit = await consumeLimits([{ limit: "invitationsPerUser", key: senderId, points: recipients.length }]);
  if (!limit.allowed) throw rateLimitedError(limit.retryAfterSeconds, "invitations sent");

  const [sender, target] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: senderId }, select: { name: true, email: true } }),
    meeting(),
  ]);
  const body = createElement(MeetingInvitationEmail, {
    title: target.title,
    link: meetingLink(target.code),
    code: formatMeetingCode(target.code),
    when: target.startsAt ? formatMeetingTime(target.startsAt, target.timeZone) : null,
    invitedBy: sender.name ?? sender.email,
    message: input.message ?? null,
  });
  const messages = await sendEmail({ to: recipients, subject: `Invitation: ${target.title}`, body });
  return { meeting: target, invitations: messages.map((message) => ({ to: message.to, status: message.status })) };
}
