import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinTokenSchema } from "@/lib/livekit/schemas";
import { createOwnedMeeting, verifyLivekitToken } from "@/testing/livekit";
import { expectApiError, request } from "@/testing/http";
import { startServer, type TestServer } from "@/testing/start-server";
import { TEST_LIVEKIT } from "@/testing/test-env";
import { createTestUser } from "@/testing/users";

// No LiveKit server runs on the test machines: these tests stop at the wire
// contract, verifying each token as LiveKit would (signature, issuer, expiry, grants).

const tokenPath = (idOrCode: string) => `/api/v1/meetings/${encodeURIComponent(idOrCode)}/token`;

describe("POST /api/v1/meetings/{id}/token", () => {
  it("gives a guest a ten-minute token for the meeting's room, with its settings", async () => {
    const { meeting } = await createOwnedMeeting(request, {
      options: { maxParticipants: 8, emptyTimeoutSeconds: 300 },
    });
    const before = Math.floor(Date.now() / 1000);
    const response = await request(tokenPath(meeting.code), { json: { name: "  Ada Lovelace  " } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = joinTokenSchema.strict().parse(response.body);
    expect(body.serverUrl).toBe(TEST_LIVEKIT.url);
    expect(body.role).toBe("guest");
    expect(body.identity).toMatch(/^guest-[0-9a-f-]{36}$/);

    const claims = await verifyLivekitToken(body.token);
    expect(claims.sub).toBe(body.identity);
    expect(claims.name).toBe("Ada Lovelace");
    expect(claims.video).toEqual({
      room: meeting.roomName,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    // LiveKit's SDK writes every field of the RoomConfiguration message; 0 means "the server's default".
    expect(claims.roomConfig).toMatchObject({ maxParticipants: 8, emptyTimeout: 300, departureTimeout: 0 });
    expect(claims.exp! - claims.nbf!).toBe(600);
    expect(claims.exp).toBeGreaterThanOrEqual(before + 600);
    expect(claims.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 601);
    expect(Date.parse(body.expiresAt) / 1000).toBe(claims.exp);
  });

  it("gives every guest a fresh identity", async () => {
    const { meeting } = await createOwnedMeeting(request);
    const identities = await Promise.all(
      [1, 2, 3].map(async () => (await request(tokenPath(meeting.code), { json: { name: "Guest" } })).body.identity),
    );
    expect(new Set(identities).size).toBe(3);
  });

  it("makes the owner the host, with room admin, whether signed in by session or by key", async () => {
    const { owner, meeting } = await createOwnedMeeting(request);
    for (const headers of [owner.asSession, owner.asKey]) {
      const response = await request(tokenPath(meeting.code.toUpperCase().replaceAll("-", "")), {
        json: { name: "Owner" },
        headers,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ role: "host", identity: owner.id });
      const claims = await verifyLivekitToken(response.body.token);
      expect(claims.sub).toBe(owner.id);
      expect(claims.video).toEqual({
        room: meeting.roomName,
        roomJoin: true,
        canPublish: true,
        canSubscribe: true,
        canPublishData: true,
        roomAdmin: true,
      });
      // No limits were set: zeros, which LiveKit reads as "use the server's defaults".
      expect(claims.roomConfig).toMatchObject({ maxParticipants: 0, emptyTimeout: 0 });
    }
  });

  it("finds the meeting by its id too", async () => {
    const { owner, meeting } = await createOwnedMeeting(request);
    const response = await request(tokenPath(meeting.id), { json: { name: "Owner" }, headers: owner.asSession });
    expect(response.status).toBe(200);
    expect(response.body.role).toBe("host");
  });

  it("lets another signed-in person join as a guest under their own user id", async () => {
    const { meeting } = await createOwnedMeeting(request);
    const visitor = await createTestUser("Visitor");
    const response = await request(tokenPath(meeting.code), { json: { name: "Visitor" }, headers: visitor.asSession });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: "guest", identity: visitor.id });
    const claims = await verifyLivekitToken(response.body.token);
    expect(claims.sub).toBe(visitor.id);
    expect(claims.video?.roomAdmin).toBeUndefined();
  });

  it("answers every bad name with 422 and the field's path", async () => {
    const { meeting } = await createOwnedMeeting(request);
    for (const json of [
      {},
      { name: "" },
      { name: "   " },
      { name: "x".repeat(65) },
      { name: "Bell\u0007" },
      { name: "Two\nlines" },
      { name: 42 },
      { name: null },
    ]) {
      const error = expectApiError(await request(tokenPath(meeting.code), { json }), 422, "validation_failed");
      expect(
        error.details.map((detail) => detail.path),
        JSON.stringify(json),
      ).toEqual(["name"]);
    }
    const extra = expectApiError(
      await request(tokenPath(meeting.code), { json: { name: "Ada", role: "host" } }),
      422,
      "validation_failed",
    );
    expect(extra.details[0]?.code).toBe("unrecognized_keys");
    // The longest name allowed passes.
    expect((await request(tokenPath(meeting.code), { json: { name: "x".repeat(64) } })).status).toBe(200);
  });

  it("answers malformed requests with the API's error shape", async () => {
    const { meeting } = await createOwnedMeeting(request);
    const path = tokenPath(meeting.code);
    expectApiError(await request(path, { method: "POST" }), 400, "bad_request");
    expectApiError(
      await request(path, { raw: "{", headers: { "content-type": "application/json" } }),
      400,
      "bad_request",
    );
    expectApiError(
      await request(path, { raw: "name=Ada", headers: { "content-type": "text/plain" } }),
      415,
      "unsupported_media_type",
    );
    expectApiError(await request(path, { json: ["Ada"] }), 422, "validation_failed");
    expectApiError(
      await request(path, {
        raw: JSON.stringify({ name: "x".repeat(70_000) }),
        headers: { "content-type": "application/json" },
      }),
      413,
      "payload_too_large",
    );
    const get = await request(path);
    expectApiError(get, 405, "method_not_allowed");
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    expectApiError(
      await request(path, { json: { name: "Ada" }, headers: { authorization: "Bearer qari_not-a-key" } }),
      401,
      "unauthorized",
    );
  });

  it("says so for unknown, deleted and Jitsi meetings", async () => {
    for (const code of ["zzz-zzzz-zzz", "not a code", "x".repeat(300)]) {
      expectApiError(await request(tokenPath(code), { json: { name: "Ada" } }), 404, "not_found");
    }

    const { owner, meeting } = await createOwnedMeeting(request);
    expect((await request(`/api/v1/meetings/${meeting.id}`, { method: "DELETE", headers: owner.asKey })).status).toBe(
      204,
    );
    const gone = expectApiError(await request(tokenPath(meeting.code), { json: { name: "Ada" } }), 410, "gone");
    expect(gone.message).toMatch(/deleted/);

    const { meeting: jitsi } = await createOwnedMeeting(request, { provider: "jitsi" });
    const conflict = expectApiError(await request(tokenPath(jitsi.code), { json: { name: "Ada" } }), 409, "conflict");
    expect(conflict.message).toMatch(/join it via Jitsi/);
  });
});

describe("a server without LiveKit", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ LIVEKIT_URL: "", LIVEKIT_API_KEY: "", LIVEKIT_API_SECRET: "" });
  });
  afterAll(() => server?.stop());

  it("answers a token request for a LiveKit meeting with 503 and what to configure", async () => {
    // Created on the main test server, which has LiveKit; both share the database.
    const { meeting } = await createOwnedMeeting(request);
    const error = expectApiError(
      await request(tokenPath(meeting.code), { json: { name: "Ada" }, baseUrl: server.url }),
      503,
      "service_unavailable",
    );
    expect(error.message).toMatch(/LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET/);
    // The meeting page acts on this code, not on the message.
    expect(error.details.map((detail) => detail.code)).toEqual(["livekit_unconfigured"]);
  });
});
