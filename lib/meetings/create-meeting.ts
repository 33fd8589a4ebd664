import { ApiError, errorDetail } from "@/lib/errors";
import { prisma, type Meeting } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { assertProviderAvailable } from "./assert-provider-available";
import { generateMeetingCode } from "./code";
import { endsAt } from "./ends-at";
import type { CreateMeetingInput } from "./schemas";

const CODE_ATTEMPTS = 5;

export const DEFAULT_MEETING_TITLE = "Untitled meeting";

/**
 * Creates a meeting with a fresh code, drawing again on the (astronomically
 * rare) collision with an existing one. `ownerId` alone may manage it. `roomName` is for the old room API,
 * whose callers choose their room's name; otherwise it derives from the code.
 */
export async function createMeeting(
  ownerId: string,
  input: CreateMeetingInput & { roomName?: string },
): Promise<Meeting> {
  const provider = input.provider ?? env.DEFAULT_PROVIDER;
  assertProviderAvailable(provider);

  const startsAt = input.startsAt ? new Date(input.startsAt) : null;
  const durationMinutes = input.durationMinutes ?? null;

  for (let attempt = 1; ; attempt++) {
    const code = generateMeetingCode();
    try {
      return await prisma.meeting.create({
        data: {
          ownerId,
          code,
          roomName: input.roomName ?? `qari-${code}`,
          title: input.title ?? DEFAULT_MEETING_TITLE,
          description: input.description ?? null,
          startsAt,
          durationMinutes,
          endsAt: endsAt(startsAt, durationMinutes),
          timeZone: input.timeZone ?? null,
          provider,
          maxParticipants: input.options?.maxParticipants ?? null,
          emptyTimeoutSeconds: input.options?.emptyTimeoutSeconds ?? null,
        },
      });
    } catch (error) {
      if (input.roomName && isUniqueViolation(error, "roomName")) {
        throw new ApiError("conflict", `A room named "${input.roomName}" already exists.`, {
          details: [errorDetail("already_exists", "Choose another room name.", "name")],
        });
      }
      const collided = isUniqueViolation(error, "code") || isUniqueViolation(error, "roomName");
      if (!collided || attempt === CODE_ATTEMPTS) throw error;
    }
  }
}
