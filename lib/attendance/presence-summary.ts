import "server-only";
import { liveStatuses } from "@/lib/meetings/live-statuses";
import { listParticipants } from "./list-participants";
import type { PresenceSummary } from "./schemas";

/** What the meeting page and the dashboard show of each meeting's room. Cost: two queries per meeting. */
export async function presenceSummaries(meetingIds: readonly string[]): Promise<PresenceSummary[]> {
  const live = await liveStatuses(meetingIds);
  return Promise.all(
    meetingIds.map(async (meetingId) => ({
      meetingId,
      live: live.get(meetingId)!,
      names: (await listParticipants(meetingId)).map((participant) => participant.name),
    })),
  );
}
