import type { Meeting } from "@/lib/db";
import { jitsiRoomUrl } from "./jitsi-room-url";
import { formatMeetingCode } from "./code";
import { meetingLink } from "./links";
import type { LiveStatus, MeetingResource } from "./schemas";

/** A meeting as the API and the pages show it, with its live status (see `liveStatuses`). */
export function toMeetingResource(meeting: Meeting, live: LiveStatus): MeetingResource {
  return {
    id: meeting.id,
    code: formatMeetingCode(meeting.code),
    link: meetingLink(meeting.code),
    title: meeting.title,
    description: meeting.description,
    startsAt: meeting.startsAt?.toISOString() ?? null,
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    provider: meeting.provider,
    roomName: meeting.roomName,
    jitsiUrl: meeting.provider === "jitsi" ? jitsiRoomUrl(meeting.roomName) : null,
    options: { maxParticipants: meeting.maxParticipants, emptyTimeoutSeconds: meeting.emptyTimeoutSeconds },
    live,
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
  };
}
