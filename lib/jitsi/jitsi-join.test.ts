import { jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOwnedMeeting } from "@/testing/livekit";
import { expectApiError, request } from "@/testing/http";
import { startServer, type TestServer } from "@/testing/start-server";
import { createTestUser } from "@/testing/users";
import { configOverwriteFromParams } from "./config-overwrite";
import { jitsiJoinSchema } from "./schemas";

const JITSI = { appId: "qari-test-app", appSecret: "qari-test-jitsi-secret-0123456789" };
const joinPath = (code: string) => `/api/v1/meetings/${code}/token/jitsi`;

describe("joining a Jitsi meeting with Jitsi JWTs configured", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      JITSI_APP_ID: JITSI.appId,
      JITSI_APP_SECRET: JITSI.appSecret,
      JITSI_BASE_URL: "https://jitsi.example.test/",
    });
  });
  afterAll(() => server?.stop());

  const verify = (jwt: string) =>
    jwtVerify(jwt, new TextEncoder().encode(JITSI.appSecret), {
      algorithms: ["HS256"],
      issuer: JITSI.appId,
      audience: "jitsi",
      subject: "jitsi.example.test",
      requiredClaims: ["exp", "room"],
    });

  it("signs a moderator JWT for the owner", async () => {
    const { owner, meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    const response = await request(joinPath(meeting.code), {
      json: { name: " Owner Person " },
      headers: owner.asSession,
      baseUrl: server.url,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const join = jitsiJoinSchema.strict().parse(response.body);
    expect(join).toMatchObject({
      domain: "jitsi.example.test",
      roomName: meeting.roomName,
      scriptUrl: "https://jitsi.example.test/external_api.js",
      configOverwrite: { prejoinConfig: { enabled: false }, disableDeepLinking: true },
    });
    const { payload, protectedHeader } = await verify(join.jwt!);
    expect(protectedHeader.alg).toBe("HS256");
    expect(payload).toMatchObject({
      room: meeting.roomName,
      moderator: true,
      context: { user: { id: owner.id, name: "Owner Person", moderator: true } },
    });
    expect(payload.exp! * 1000).toBe(Date.parse(join.expiresAt!));
    expect(payload.exp! - payload.iat!).toBe(2 * 60 * 60);
    const url = new URL(join.roomUrl);
    expect(url.origin + url.pathname).toBe(`https://jitsi.example.test/${meeting.roomName}`);
    expect(url.searchParams.get("jwt")).toBe(join.jwt);
    expect(decodeURIComponent(url.hash)).toContain('userInfo.displayName="Owner Person"');
  });

  it("signs a guest JWT for everyone else, without moderator rights", async () => {
    const { meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    const visitor = await createTestUser();
    for (const [headers, id] of [
      [{}, expect.stringMatching(/^guest-/)],
      [visitor.asSession, visitor.id],
    ] as const) {
      const response = await request(joinPath(meeting.code), { json: { name: "Guest" }, headers, baseUrl: server.url });
      expect(response.status).toBe(200);
      const { payload } = await verify(response.body.jwt);
      expect(payload).toMatchObject({ moderator: false, context: { user: { id, name: "Guest", moderator: false } } });
    }
  });

  it("refuses a JWT signed with another secret", async () => {
    const { meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    const response = await request(joinPath(meeting.code), { json: { name: "Guest" }, baseUrl: server.url });
    await expect(
      jwtVerify(response.body.jwt, new TextEncoder().encode("another-secret-0123456789abcdef")),
    ).rejects.toThrow();
  });
});

describe("joining a Jitsi meeting without Jitsi JWTs", () => {
  it("opens the public room, passing the name", async () => {
    const { meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    const response = await request(joinPath(meeting.code), { json: { name: "Ada" } });
    expect(response.status).toBe(200);
    const join = jitsiJoinSchema.strict().parse(response.body);
    expect(join).toMatchObject({ jwt: null, expiresAt: null, domain: "meet.jit.si" });
    expect(join.roomUrl).toBe(
      `https://meet.jit.si/${meeting.roomName}#config.prejoinConfig.enabled=false&config.disableDeepLinking=true&userInfo.displayName=%22Ada%22`,
    );
  });

  it("answers bad names, unknown, deleted and LiveKit meetings clearly", async () => {
    const { owner, meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    for (const json of [{}, { name: "" }, { name: "x".repeat(65) }, { name: "a\u0007" }]) {
      const error = expectApiError(await request(joinPath(meeting.code), { json }), 422, "validation_failed");
      expect(error.details.map((detail) => detail.path)).toEqual(["name"]);
    }
    expectApiError(await request(joinPath("zzz-zzzz-zzz"), { json: { name: "Ada" } }), 404, "not_found");
    const { meeting: livekit } = await createOwnedMeeting(request);
    expectApiError(await request(joinPath(livekit.code), { json: { name: "Ada" } }), 409, "conflict");
    await request(`/api/v1/meetings/${meeting.id}`, { method: "DELETE", headers: owner.asKey });
    expectApiError(await request(joinPath(meeting.code), { json: { name: "Ada" } }), 410, "gone");
  });
});

describe("configOverwriteFromParams", () => {
  it("turns Jitsi's fragment config into the IFrame API's object", () => {
    expect(
      configOverwriteFromParams(
        "#config.prejoinConfig.enabled=false&config.startWithAudioMuted=true&config.resolution=720&config.subject=%22Hi%20there%22&interfaceConfig.X=1",
      ),
    ).toEqual({ prejoinConfig: { enabled: false }, startWithAudioMuted: true, resolution: 720, subject: "Hi there" });
  });

  it("ignores keys that would reach the prototype, and tolerates junk", () => {
    expect(configOverwriteFromParams("config.__proto__.polluted=1&config..x=1&config.a=%E0%A4%A&&=&config.b")).toEqual({
      a: "%E0%A4%A",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
