import "server-only";
import { formatMeetingCode } from "@/lib/meetings/code";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { meetingLink } from "@/lib/meetings/links";
import type { Meeting } from "@/lib/db";
import type { RoomResource } from "./schemas";
import type * as z from "zod";
import type { createRoomInputSchema } from "./schemas";

/**
 * The old room backend's "create a room": a LiveKit meeting owned by the
 * caller, named as they ask (or after its code), titled after the room.
 */
export async function createRoom(ownerId: string, input: z.output<typeof createRoomInputSchema>): Promise<Meeting> {
  return createMeeting(ownerId, {
    provider: "livekit",
    title: input.name,
    roomName: input.name,
    options: { maxParticipants: input.maxParticipants, emptyTimeoutSeconds: input.emptyTimeout },
  });
}

export function toRoomResource(meeting: Meeting): RoomResource {
  return {
    name: meeting.roomName,
    code: formatMeetingCode(meeting.code),
    link: meetingLink(meeting.code),
    maxParticipants: meeting.maxParticipants,
    emptyTimeout: meeting.emptyTimeoutSeconds,
    createdAt: meeting.createdAt.toISOString(),
  };
}
