import "server-only";
import type { Prisma } from "@/lib/db";

type Tx = Prisma.TransactionClient;

interface StoredEvent {
  event: string;
  createdAt: Date;
  payload: {
    participant?: { identity?: string; name?: string; disconnectReason?: string };
    track?: { sid?: string; source?: string; type?: string };
  };
}

const LEAVES = new Set(["participant_left", "participant_connection_aborted"]);

/**
 * One participant sid's stay, from all of its events: joined at its first
 * event (participant_joined, or whatever came first when that was lost), left
 * at its first leave, with the reason LiveKit gave; published what any
 * track_published named. Signed-in people join under their user id, so an
 * identity that is a user's id names that user; anyone else is a guest.
 * Cost: one indexed read of the participant's events, one user lookup, one upsert.
 */
export async function deriveStay(tx: Tx, sessionId: string, participantSid: string): Promise<void> {
  const events = await tx.$queryRaw<StoredEvent[]>`
    SELECT "event", "createdAt", "payload" FROM "LivekitEvent"
    WHERE "participantSid" = ${participantSid}
    ORDER BY "createdAt", "id"`;
  const first = events[0];
  if (!first) return;
  const joined = events.find((e) => e.event === "participant_joined") ?? first;
  const left = events.find((e) => LEAVES.has(e.event));
  const identity = joined.payload.participant?.identity || first.payload.participant?.identity || participantSid;
  const name = events.map((e) => e.payload.participant?.name).find(Boolean) ?? identity;
  const published = [
    ...new Set(
      events
        .filter((e) => e.event === "track_published")
        .map((e) => trackSource(e.payload.track))
        .filter((source) => source !== null),
    ),
  ].sort();
  const user = identity.startsWith("guest-")
    ? null
    : await tx.user.findUnique({ where: { id: identity }, select: { id: true } });
  const stay = {
    sessionId,
    identity,
    name,
    userId: user?.id ?? null,
    joinedAt: first.createdAt,
    leftAt: left?.createdAt ?? null,
    leaveReason: left ? (left.payload.participant?.disconnectReason ?? "UNKNOWN_REASON") : null,
    published,
  };
  await tx.attendanceInterval.upsert({ where: { participantSid }, create: { participantSid, ...stay }, update: stay });
}

/** camera, microphone or screen_share (screen share audio counts as the screen). */
function trackSource(track: StoredEvent["payload"]["track"]): string | null {
  switch (track?.source) {
    case "CAMERA":
      return "camera";
    case "MICROPHONE":
      return "microphone";
    case "SCREEN_SHARE":
    case "SCREEN_SHARE_AUDIO":
      return "screen_share";
    default:
      // Older clients leave the source unset: tell camera from microphone by the track's type.
      return track?.type === "AUDIO" ? "microphone" : track?.type === "VIDEO" ? "camera" : null;
  }
}
