import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { freePort } from "@/testing/free-port";
import { expectApiError, request } from "@/testing/http";
import { startServer, type TestServer } from "@/testing/start-server";
import { TEST_LIVEKIT } from "@/testing/test-env";

describe("GET /api/health", () => {
  it("is 200 when the database answers, and reports the LiveKit server answering", async () => {
    const response = await request("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: "ok",
      database: { status: "ok" },
      livekit: { status: "ok", url: TEST_LIVEKIT.url },
    });
  });
});

describe("a server whose LiveKit is down", () => {
  let server: TestServer;
  let livekitUrl: string;
  beforeAll(async () => {
    livekitUrl = `ws://127.0.0.1:${await freePort()}`;
    server = await startServer({ LIVEKIT_URL: livekitUrl });
  });
  afterAll(() => server?.stop());

  it("stays healthy (Jitsi and the API still work) and reports LiveKit unreachable", async () => {
    const response = await request("/api/health", { baseUrl: server.url });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "ok", livekit: { status: "unreachable", url: livekitUrl } });
  });
});

describe("a server whose database is down", () => {
  let server: TestServer;
  beforeAll(async () => {
    // Nothing listens on port 1: every query fails to connect.
    server = await startServer({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/qari" });
  });
  afterAll(() => server?.stop());

  it("reports 503 from the health check", async () => {
    const response = await request("/api/health", { baseUrl: server.url });
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      status: "error",
      database: { status: "unreachable" },
      livekit: { status: "ok", url: TEST_LIVEKIT.url },
    });
  });

  it("answers API calls with 503 in the error shape, never a 500", async () => {
    // A well-formed key: checking it needs the database, which is down.
    const headers = { authorization: `Bearer ${generateApiKey().key}` };
    for (const [path, method] of [
      ["/api/v1/meetings", "POST"],
      ["/api/v1/meetings", "GET"],
      ["/api/v1/meetings/abc-defg-hij", "GET"],
      ["/api/v1/generate-link", "POST"],
    ] as const) {
      const response = await request(path, {
        method,
        headers,
        baseUrl: server.url,
        ...(method === "POST" ? { json: {} } : {}),
      });
      expectApiError(response, 503, "service_unavailable");
      expect(response.headers.get("retry-after")).toBe("5");
    }
  });
});
