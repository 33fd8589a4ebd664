import { prisma, type Meeting } from "@/lib/db";
import { assertProviderAvailable } from "./assert-provider-available";
import { endsAt } from "./ends-at";
import type { UpdateMeetingInput } from "./schemas";

/** Applies a partial update: absent fields stay, `null` clears. */
export async function updateMeeting(meeting: Meeting, input: UpdateMeetingInput): Promise<Meeting> {
  if (input.provider) assertProviderAvailable(input.provider);
  const startsAt = input.startsAt === undefined ? meeting.startsAt : input.startsAt ? new Date(input.startsAt) : null;
  const durationMinutes = input.durationMinutes === undefined ? meeting.durationMinutes : input.durationMinutes;

  return prisma.meeting.update({
    where: { id: meeting.id },
    data: {
      title: input.title,
      description: input.description,
      startsAt,
      durationMinutes,
      endsAt: endsAt(startsAt, durationMinutes),
      timeZone: input.timeZone,
      provider: input.provider,
      maxParticipants: input.options?.maxParticipants,
      emptyTimeoutSeconds: input.options?.emptyTimeoutSeconds,
    },
  });
}
