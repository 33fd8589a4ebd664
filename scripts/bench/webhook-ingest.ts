// LiveKit webhook ingestion for `npm run bench`: 50 connections posting valid,
// signed, distinct events (joins and leaves across many rooms, as a busy
// LiveKit server would) to Qari's /api/livekit/webhook and to the bare
// server's, which runs the same verification and insert (bare-server.ts).
import { randomUUID } from "node:crypto";
import { livekitEvent, signWebhook, type TestEvent } from "../../testing/livekit-webhooks";
import type { Scenario } from "./scenarios";

/** Signed deliveries prepared per load run, so signing is not measured; more than any run here posts. */
const POOL = 15_000;
const ROOMS = 500;

/** Events shaped like a day of meetings: in each room, participants join, publish and leave. */
function events(count: number): TestEvent[] {
  const now = Math.floor(Date.now() / 1000);
  const rooms = Array.from({ length: ROOMS }, () => ({ sid: `RM_${randomUUID()}`, name: `bench-${randomUUID()}` }));
  const out: TestEvent[] = [];
  for (let i = 0; out.length < count; i++) {
    const room = rooms[i % ROOMS]!;
    const participant = { sid: `PA_${randomUUID()}`, identity: `guest-${randomUUID()}`, name: "Bench Guest" };
    const at = now - 3600 + i;
    out.push(livekitEvent("participant_joined", at, room, { participant }));
    out.push(
      livekitEvent("track_published", at, room, {
        participant,
        track: { sid: `TR_${randomUUID()}`, source: "MICROPHONE", type: "AUDIO" },
      }),
    );
    out.push(livekitEvent("participant_left", at + 60, room, { participant }));
  }
  return out.slice(0, count);
}

export const webhookIngest: Scenario = {
  name: "livekit webhook",
  connections: 50,
  target: 0.5,
  async request() {
    const signed = await Promise.all(events(POOL).map((event) => signWebhook(JSON.stringify(event))));
    let next = 0;
    return {
      path: "/api/livekit/webhook",
      method: "POST",
      requests: [
        {
          setupRequest: (request) => {
            // Past the pool, deliveries repeat: still valid (LiveKit retries), but cheaper; the pool is sized to avoid it.
            const { body, headers } = signed[next++ % signed.length]!;
            return { ...request, body, headers: { ...request.headers, ...headers } };
          },
        },
      ],
    };
  },
};
