import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roomOccupancySchema } from "@/lib/livekit/schemas";
import { expectApiError, request } from "@/testing/http";
import { createOwnedMeeting } from "@/testing/livekit";
import { freePort } from "@/testing/free-port";
import { startServer, type TestServer } from "@/testing/start-server";

// Against the run's real LiveKit server. A room with people in it needs
// browsers: e2e/call.spec.ts fills one (limit two) and checks this answer.

const occupancyPath = (idOrCode: string) => `/api/v1/meetings/${encodeURIComponent(idOrCode)}/occupancy`;

describe("GET /api/v1/meetings/{id}/occupancy", () => {
  it("answers anyone with the link: a room nobody has joined is empty, not full", async () => {
    const { meeting } = await createOwnedMeeting(request, { options: { maxParticipants: 2 } });
    const response = await request(occupancyPath(meeting.code));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(roomOccupancySchema.strict().parse(response.body)).toEqual({
      participants: 0,
      maxParticipants: 2,
      full: false,
    });
  });

  it("never calls a meeting without a limit full", async () => {
    const { meeting } = await createOwnedMeeting(request);
    const response = await request(occupancyPath(meeting.id));
    expect(response.body).toEqual({ participants: 0, maxParticipants: null, full: false });
  });

  it("answers 404 for an unknown meeting and 409 for a Jitsi one", async () => {
    expectApiError(await request(occupancyPath("zzz-zzzz-zzz")), 404, "not_found");
    const { meeting } = await createOwnedMeeting(request, { provider: "jitsi" });
    expectApiError(await request(occupancyPath(meeting.code)), 409, "conflict");
  });

  describe("when LiveKit does not answer", () => {
    let qari: TestServer;
    beforeAll(async () => {
      qari = await startServer({ LIVEKIT_URL: `ws://127.0.0.1:${await freePort()}` });
    });
    afterAll(() => qari?.stop());

    it("answers 503", async () => {
      const { meeting } = await createOwnedMeeting(request, { options: { maxParticipants: 2 } });
      expectApiError(await request(occupancyPath(meeting.code), { baseUrl: qari.url }), 503, "service_unavailable");
    });
  });
});
