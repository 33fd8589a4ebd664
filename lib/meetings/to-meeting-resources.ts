import "server-only";
import type { Meeting } from "@/lib/db";
import { liveStatuses } from "./live-statuses";
import type { MeetingResource } from "./schemas";
import { toMeetingResource } from "./to-meeting-resource";

/** Meetings as the API shows them, their live statuses read in one query. */
export async function toMeetingResources(meetings: readonly Meeting[]): Promise<MeetingResource[]> {
  const live = await liveStatuses(meetings.map((meeting) => meeting.id));
  return meetings.map((meeting) => toMeetingResource(meeting, live.get(meeting.id)!));
}

export async function toMeetingResourceWithLive(meeting: Meeting): Promise<MeetingResource> {
  const [resource] = await toMeetingResources([meeting]);
  return resource!;
}
