import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { roomSchema, roomTokenSchema } from "@/lib/livekit/schemas";
import { verifyLivekitToken } from "@/testing/livekit";
import { expectApiError, request } from "@/testing/http";
import { TEST_LIVEKIT } from "@/testing/test-env";
import { createTestUser, type TestUser } from "@/testing/users";

// The old room backend's calls. No LiveKit server runs here: tokens are verified as LiveKit would.

const uniqueName = () => `room-${randomUUID().slice(0, 8)}`;

async function createRoom(owner: TestUser, json: unknown = {}) {
  const response = await request("/api/v1/rooms", { json, headers: owner.asKey });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return roomSchema.strict().parse(response.body);
}

describe("POST /api/v1/rooms", () => {
  it("refuses anonymous callers", async () => {
    expectApiError(await request("/api/v1/rooms", { json: {} }), 401, "unauthorized");
  });

  it("creates a LiveKit room owned by the key's user, with its settings and link", async () => {
    const owner = await createTestUser();
    const name = uniqueName();
    const room = await createRoom(owner, { name, maxParticipants: 4, emptyTimeout: 120 });
    expect(room).toMatchObject({ name, maxParticipants: 4, emptyTimeout: 120 });
    expect(room.link).toBe(`${inject("baseUrl")}/m/${room.code}`);
    expect(Date.now() - Date.parse(room.createdAt)).toBeLessThan(60_000);

    // It is an ordinary LiveKit meeting of the owner's.
    const meeting = await request(`/api/v1/meetings/${room.code}`, { headers: owner.asKey });
    expect(meeting.body).toMatchObject({ provider: "livekit", roomName: name, title: name });
  });

  it("names the room after its code when no name is given", async () => {
    const room = await createRoom(await createTestUser());
    expect(room.name).toBe(`qari-${room.code.replaceAll("-", "")}`);
    expect(room).toMatchObject({ maxParticipants: null, emptyTimeout: null });
  });

  it("refuses a taken name and invalid settings", async () => {
    const owner = await createTestUser();
    const name = uniqueName();
    await createRoom(owner, { name });
    const taken = expectApiError(
      await request("/api/v1/rooms", { json: { name }, headers: (await createTestUser()).asKey }),
      409,
      "conflict",
    );
    expect(taken.details[0]?.path).toBe("name");

    const invalid = expectApiError(
      await request("/api/v1/rooms", {
        json: { name: "no spaces!", maxParticipants: 0, emptyTimeout: 5, colour: "blue" },
        headers: owner.asKey,
      }),
      422,
      "validation_failed",
    );
    expect(invalid.details.map((detail) => detail.path).sort()).toEqual([
      "",
      "emptyTimeout",
      "maxParticipants",
      "name",
    ]);
    expectApiError(
      await request("/api/v1/rooms", { raw: "{", headers: { ...owner.asKey, "content-type": "application/json" } }),
      400,
      "bad_request",
    );
  });
});

describe("POST /api/v1/rooms/{room_name}/token", () => {
  const tokenPath = (name: string) => `/api/v1/rooms/${encodeURIComponent(name)}/token`;

  it("mints a token for the owner's room, for the identity and lifetime asked", async () => {
    const owner = await createTestUser();
    const room = await createRoom(owner, { name: uniqueName(), maxParticipants: 3, emptyTimeout: 60 });
    const response = await request(tokenPath(room.name), {
      json: { identity: "bot-7", name: " Recorder ", ttl: 3600 },
      headers: owner.asKey,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = roomTokenSchema.strict().parse(response.body);
    expect(body).toMatchObject({ identity: "bot-7", role: "guest", room: room.name, serverUrl: TEST_LIVEKIT.url });

    const claims = await verifyLivekitToken(body.token);
    expect(claims).toMatchObject({ sub: "bot-7", name: "Recorder" });
    expect(claims.video).toEqual({
      room: room.name,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    expect(claims.roomConfig).toMatchObject({ maxParticipants: 3, emptyTimeout: 60 });
    expect(claims.exp! - claims.nbf!).toBe(3600);
    expect(Date.parse(body.expiresAt) / 1000).toBe(claims.exp);
  });

  it("defaults to ten minutes, and mints host tokens when asked", async () => {
    const owner = await createTestUser();
    const room = await createRoom(owner);
    const response = await request(tokenPath(room.name), {
      json: { identity: "host-1", role: "host" },
      headers: owner.asSession,
    });
    expect(response.status).toBe(200);
    const claims = await verifyLivekitToken(response.body.token);
    expect(claims.exp! - claims.nbf!).toBe(600);
    expect(claims.video?.roomAdmin).toBe(true);
    expect(claims.name).toBeUndefined();
  });

  it("is for the room's owner only: anonymous 401, anyone else 404", async () => {
    const owner = await createTestUser();
    const room = await createRoom(owner);
    expectApiError(await request(tokenPath(room.name), { json: { identity: "x" } }), 401, "unauthorized");
    const stranger = await createTestUser();
    for (const headers of [stranger.asKey, stranger.asSession]) {
      expectApiError(await request(tokenPath(room.name), { json: { identity: "x" }, headers }), 404, "not_found");
    }
    for (const name of ["no-such-room-anywhere", "bad name!", "x".repeat(200)]) {
      expectApiError(
        await request(tokenPath(name), { json: { identity: "x" }, headers: owner.asKey }),
        404,
        "not_found",
      );
    }
  });

  it("does not mint tokens for deleted rooms or Jitsi meetings", async () => {
    const owner = await createTestUser();
    const room = await createRoom(owner);
    await request(`/api/v1/meetings/${room.code}`, { method: "DELETE", headers: owner.asKey });
    expectApiError(
      await request(tokenPath(room.name), { json: { identity: "x" }, headers: owner.asKey }),
      404,
      "not_found",
    );

    const jitsi = await request("/api/v1/meetings", { json: { provider: "jitsi" }, headers: owner.asKey });
    expectApiError(
      await request(tokenPath(jitsi.body.roomName), { json: { identity: "x" }, headers: owner.asKey }),
      404,
      "not_found",
    );
  });

  it("answers bad input with 422 and each field's path", async () => {
    const owner = await createTestUser();
    const room = await createRoom(owner);
    const cases: [unknown, string[]][] = [
      [{}, ["identity"]],
      [{ identity: "" }, ["identity"]],
      [{ identity: "x".repeat(129) }, ["identity"]],
      [{ identity: "a\u0000b" }, ["identity"]],
      [{ identity: "x", ttl: 59 }, ["ttl"]],
      [{ identity: "x", ttl: 86_401 }, ["ttl"]],
      [{ identity: "x", ttl: 60.5 }, ["ttl"]],
      [{ identity: "x", ttl: "600" }, ["ttl"]],
      [{ identity: "x", name: "" }, ["name"]],
      [{ identity: "x", role: "admin" }, ["role"]],
      [{ identity: "x", grants: { roomAdmin: true } }, [""]],
    ];
    for (const [json, paths] of cases) {
      const error = expectApiError(
        await request(tokenPath(room.name), { json, headers: owner.asKey }),
        422,
        "validation_failed",
      );
      expect(
        error.details.map((detail) => detail.path),
        JSON.stringify(json),
      ).toEqual(paths);
    }
    expectApiError(await request(tokenPath(room.name), { method: "POST", headers: owner.asKey }), 400, "bad_request");
  });
});
