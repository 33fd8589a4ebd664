import { randomUUID } from "node:crypto";
import { RoomServiceClient } from "livekit-server-sdk";
import { afterAll, describe, expect, it } from "vitest";
import { request } from "@/testing/http";
import { createOwnedMeeting } from "@/testing/livekit";
import { livekitEvent, signWebhook, type TestEvent } from "@/testing/livekit-webhooks";
import { TEST_LIVEKIT } from "@/testing/test-env";
import { reconcileRooms } from "./reconcile-rooms";

// Against the run's real LiveKit server: reconciliation reads its room service.

const livekit = new RoomServiceClient(TEST_LIVEKIT.url, TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);
const created: string[] = [];

afterAll(async () => {
  await Promise.all(created.map((name) => livekit.deleteRoom(name).catch(() => undefined)));
});

async function post(event: TestEvent) {
  const signed = await signWebhook(JSON.stringify(event));
  const response = await request("/api/livekit/webhook", { method: "POST", raw: signed.body, headers: signed.headers });
  expect(response.status).toBe(200);
}

describe("reconcileRooms", () => {
  it("closes a stay whose participant_left never came, at the time of LiveKit's snapshot", async () => {
    const { owner, meeting } = await createOwnedMeeting(request);
    const room = await livekit.createRoom({ name: meeting.roomName, emptyTimeout: 120 });
    created.push(room.name);
    const t0 = Math.floor(Date.now() / 1000) - 120;
    const lost = { sid: `PA_${randomUUID()}`, identity: `guest-${randomUUID()}`, name: "Crashed Tab" };
    await post(livekitEvent("room_started", t0, room));
    await post(livekitEvent("participant_joined", t0 + 5, room, { participant: lost }));
    const live = await request(`/api/v1/meetings/${meeting.id}`, { headers: owner.asKey });
    expect(live.body.live).toMatchObject({ status: "live", participantCount: 1 });

    const before = Date.now();
    expect(await reconcileRooms({ roomNames: [meeting.roomName] })).toEqual({ finishedSessions: 0, closedStays: 1 });
    const attendance = await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: owner.asKey });
    const [session] = attendance.body.sessions;
    expect(session.endedAt).toBeNull();
    const [attendee] = session.attendees;
    expect(attendee.identity).toBe(lost.identity);
    expect(Date.parse(attendee.lastLeftAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(attendee.lastLeftAt)).toBeLessThanOrEqual(Date.now());
    const idle = await request(`/api/v1/meetings/${meeting.id}`, { headers: owner.asKey });
    expect(idle.body.live).toMatchObject({ status: "idle", participantCount: 0 });

    // A second pass finds nothing left to heal.
    expect(await reconcileRooms({ roomNames: [meeting.roomName] })).toEqual({ finishedSessions: 0, closedStays: 0 });
  });

  it("finishes a session whose room LiveKit no longer has", async () => {
    const { owner, meeting } = await createOwnedMeeting(request);
    const gone = { sid: `RM_${randomUUID()}`, name: meeting.roomName };
    const t0 = Math.floor(Date.now() / 1000) - 300;
    await post(livekitEvent("room_started", t0, gone));
    await post(
      livekitEvent("participant_joined", t0 + 1, gone, {
        participant: { sid: `PA_${randomUUID()}`, identity: owner.id, name: "Owner" },
      }),
    );
    expect(await reconcileRooms({ roomNames: [meeting.roomName] })).toEqual({ finishedSessions: 1, closedStays: 0 });
    const attendance = await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: owner.asKey });
    expect(attendance.body.sessions[0].endedAt).not.toBeNull();
    expect(attendance.body.sessions[0].attendees[0].lastLeftAt).toBe(attendance.body.sessions[0].endedAt);
  });
});
