import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingSchema } from "@/lib/meetings/schemas";
import { expectApiError, requestWith } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";
import { startServer, type TestServer } from "@/testing/start-server";

// Every call is made as this user, by API key (authorization is tested in app/api/authorization.test.ts).
let owner: TestUser;
beforeAll(async () => {
  owner = await createTestUser();
});
const request = requestWith(() => owner.asKey);

describe("a server without LiveKit", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ LIVEKIT_URL: "", LIVEKIT_API_KEY: "", LIVEKIT_API_SECRET: "" });
  });
  afterAll(() => server?.stop());

  it("reports LiveKit as unconfigured in the health check", async () => {
    const response = await request("/api/health", { baseUrl: server.url });
    expect(response.status).toBe(200);
    expect(response.body.livekit).toEqual({ status: "unconfigured" });
  });

  it("creates Jitsi meetings by default", async () => {
    const response = await request("/api/v1/meetings", { json: {}, baseUrl: server.url });
    expect(response.status).toBe(201);
    expect(meetingSchema.parse(response.body).provider).toBe("jitsi");
  });

  it("refuses LiveKit meetings and says why", async () => {
    const response = await request("/api/v1/meetings", { json: { provider: "livekit" }, baseUrl: server.url });
    const error = expectApiError(response, 422, "validation_failed");
    expect(error.details).toEqual([
      expect.objectContaining({
        path: "provider",
        code: "provider_unavailable",
        message: expect.stringMatching(/LIVEKIT_URL/),
      }),
    ]);
  });
});
