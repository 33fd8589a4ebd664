import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { expectApiError, request } from "@/testing/http";
import { createOwnedMeeting } from "@/testing/livekit";
import { livekitEvent, signWebhook, type TestEvent } from "@/testing/livekit-webhooks";
import { createTestUser } from "@/testing/users";

async function post(event: TestEvent | string, path = "/api/livekit/webhook", secret?: string) {
  const signed = await signWebhook(typeof event === "string" ? event : JSON.stringify(event), secret);
  return request(path, { method: "POST", raw: signed.body, headers: signed.headers });
}

const now = () => Math.floor(Date.now() / 1000);

describe("POST /api/livekit/webhook", () => {
  const room = { sid: `RM_${randomUUID()}`, name: `unknown-room-${randomUUID()}` };

  it("stores a signed event once: a retry is a 200 that changes nothing", async () => {
    const event = livekitEvent("room_started", now(), room);
    expect((await post(event)).body).toEqual({ status: "recorded" });
    expect((await post(event)).body).toEqual({ status: "duplicate" });
    // The old backend's path serves the same store.
    expect((await post(event, "/api/v1/livekit/webhook")).body).toEqual({ status: "duplicate" });
  });

  it("keeps kinds it does not act on", async () => {
    const response = await post(livekitEvent("egress_started", now(), room));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "recorded" });
  });

  it("refuses a missing, forged or mismatched signature with 401", async () => {
    const event = JSON.stringify(livekitEvent("room_started", now(), room));
    const unsigned = await request("/api/livekit/webhook", {
      method: "POST",
      raw: event,
      headers: { "content-type": "application/webhook+json" },
    });
    expectApiError(unsigned, 401, "unauthorized");
    expectApiError(
      await post(event, undefined, "a-different-secret-that-is-long-enough-for-hs256"),
      401,
      "unauthorized",
    );
    const signedOther = await signWebhook(JSON.stringify(livekitEvent("room_started", now(), room)));
    const tampered = await request("/api/livekit/webhook", {
      method: "POST",
      raw: event,
      headers: signedOther.headers,
    });
    expectApiError(tampered, 401, "unauthorized");
  });

  it("answers 400 for a correctly signed body that is not an event", async () => {
    expectApiError(await post("{not json"), 400, "bad_request");
    expectApiError(await post(JSON.stringify({ id: 5, event: "room_started" })), 400, "bad_request");
    expectApiError(await post(JSON.stringify({ event: "room_started" })), 400, "bad_request");
  });
});

describe("attendance, participants and live status", () => {
  it("follows a meeting's room from its webhooks", async () => {
    const { owner, meeting } = await createOwnedMeeting(request);
    const guest = await createTestUser("Grace Hopper");
    const room = { sid: `RM_${randomUUID()}`, name: meeting.roomName };
    // Dated from a little ahead: asking for participants reconciles with LiveKit, which never had this
    // room, and reconciliation leaves alone what is younger than a few seconds. The rules under test do
    // not depend on the clock.
    const t0 = now() + 60;
    const ada = { sid: `PA_${randomUUID()}`, identity: owner.id, name: "Ada" };
    const grace = { sid: `PA_${randomUUID()}`, identity: guest.id, name: "Grace" };
    const graceAgain = { ...grace, sid: `PA_${randomUUID()}` };
    const bob = { sid: `PA_${randomUUID()}`, identity: `guest-${randomUUID()}`, name: 'Bob, "the" builder' };
    // Sent newest first: the result must not depend on arrival order.
    const events = [
      livekitEvent("participant_left", t0 + 300, room, {
        participant: { ...graceAgain, disconnectReason: "CLIENT_INITIATED" },
      }),
      livekitEvent("track_published", t0 + 20, room, {
        participant: ada,
        track: { sid: `TR_${randomUUID()}`, source: "CAMERA", type: "VIDEO" },
      }),
      livekitEvent("participant_joined", t0 + 200, room, { participant: graceAgain }),
      livekitEvent("participant_connection_aborted", t0 + 100, room, { participant: grace }),
      livekitEvent("participant_joined", t0 + 50, room, { participant: bob }),
      livekitEvent("participant_joined", t0 + 40, room, { participant: grace }),
      livekitEvent("participant_joined", t0 + 10, room, { participant: ada }),
      livekitEvent("room_started", t0, room),
    ];
    for (const event of events) expect((await post(event)).status).toBe(200);

    const got = await request(`/api/v1/meetings/${meeting.id}`, { headers: owner.asKey });
    expect(got.body.live).toEqual({
      status: "live",
      participantCount: 2,
      since: new Date(t0 * 1000).toISOString(),
    });
    const participants = await request(`/api/v1/meetings/${meeting.code}/participants`, { headers: owner.asKey });
    expect(participants.body).toEqual({
      participants: [
        { identity: owner.id, name: "Ada", userId: owner.id, joinedAt: new Date((t0 + 10) * 1000).toISOString() },
        { identity: bob.identity, name: bob.name, userId: null, joinedAt: new Date((t0 + 50) * 1000).toISOString() },
      ],
    });
    // Someone in the room may ask too; a stranger may not.
    const stranger = await createTestUser("Stranger");
    expectApiError(
      await request(`/api/v1/meetings/${meeting.id}/participants`, { headers: stranger.asKey }),
      404,
      "not_found",
    );

    const end = livekitEvent("room_finished", t0 + 900, room);
    expect((await post(end)).status).toBe(200);
    const attendance = await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: owner.asKey });
    expect(attendance.status).toBe(200);
    const iso = (s: number) => new Date((t0 + s) * 1000).toISOString();
    expect(attendance.body).toEqual({
      sessions: [
        {
          id: expect.any(String),
          startedAt: iso(0),
          endedAt: iso(900),
          peakParticipants: 3,
          attendees: [
            {
              identity: owner.id,
              name: "Ada",
              userId: owner.id,
              firstJoinedAt: iso(10),
              lastLeftAt: iso(900),
              durationSeconds: 890,
              joins: 1,
            },
            {
              identity: guest.id,
              name: "Grace",
              userId: guest.id,
              firstJoinedAt: iso(40),
              lastLeftAt: iso(300),
              durationSeconds: 60 + 100,
              joins: 2,
            },
            {
              identity: bob.identity,
              name: bob.name,
              userId: null,
              firstJoinedAt: iso(50),
              lastLeftAt: iso(900),
              durationSeconds: 850,
              joins: 1,
            },
          ],
        },
      ],
    });
    const live = await request(`/api/v1/meetings/${meeting.id}`, { headers: owner.asKey });
    expect(live.body.live).toEqual({ status: "idle", participantCount: 0, since: iso(900) });

    for (const csv of [
      await request(`/api/v1/meetings/${meeting.id}/attendance?format=csv`, { headers: owner.asKey }),
      await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: { ...owner.asKey, accept: "text/csv" } }),
    ]) {
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (csv.body as string).trimEnd().split("\r\n");
      expect(lines[0]).toBe(
        "session_id,session_started_at,session_ended_at,identity,name,user_id,first_joined_at,last_left_at,duration_seconds,joins",
      );
      expect(lines).toHaveLength(4);
      expect(lines[3]).toContain(`"Bob, ""the"" builder"`);
    }
    expectApiError(
      await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: stranger.asKey }),
      404,
      "not_found",
    );
  });
});
