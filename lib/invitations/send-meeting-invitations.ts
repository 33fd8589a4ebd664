import { createElement } from "react";
import type { Meeting } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MeetingInvitationEmail } from "@/lib/email/templates/meeting-invitation-email";
import { consumeLimits, rateLimitedError } from "@/lib/rate-limit/limits";
import { formatMeetingCode } from "@/lib/meetings/code";
import { formatMeetingTime } from "@/lib/meetings/format-schedule";
import { meetingLink } from "@/lib/meetings/links";
import type { Invitation } from "./schemas";

/** The distinct addresses of a list, as they will be written to. */
export function uniqueRecipients(recipients: string[]): string[] {
  return [...new Set(recipients.map((address) => address.trim().toLowerCase()))];
}

/** Counts the invitations against the sender's hourly allowance, or throws the API's 429. Call before any work. */
export async function reserveInvitationQuota(senderId: string, recipients: string[]): Promise<void> {
  const limit = await consumeLimits([{ limit: "invitationsPerUser", key: senderId, points: recipients.length }]);
  if (!limit.allowed) throw rateLimitedError(limit.retryAfterSeconds, "invitations sent");
}

/** Emails the meeting's link to each address, through the outbox (so none is lost if the provider is down). */
export async function sendMeetingInvitations(
  meeting: Meeting,
  recipients: string[],
  options: { invitedBy: string | null; message: string | null },
): Promise<Invitation[]> {
  const body = createElement(MeetingInvitationEmail, {
    title: meeting.title,
    link: meetingLink(meeting.code),
    code: formatMeetingCode(meeting.code),
    when: meeting.startsAt ? formatMeetingTime(meeting.startsAt, meeting.timeZone) : null,
    invitedBy: options.invitedBy,
    message: options.message,
  });
  const subject = `Invitation: ${meeting.title}`;
  return Promise.all(
    uniqueRecipients(recipients).map(async (to) => {
      const message = await sendEmail({ to, subject, body });
      return { to, status: message.status };
    }),
  );
}
