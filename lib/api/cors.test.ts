import { beforeAll, describe, expect, it } from "vitest";
import { requestWith } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";
import { TEST_CORS_ORIGIN } from "@/testing/test-env";

// Every call is made as this user, by API key (authorization is tested in app/api/authorization.test.ts).
let owner: TestUser;
beforeAll(async () => {
  owner = await createTestUser();
});
const request = requestWith(() => owner.asKey);

describe("CORS on /api/v1", () => {
  it("answers the preflight of an allowed origin", async () => {
    const response = await request("/api/v1/meetings", {
      method: "OPTIONS",
      headers: {
        origin: TEST_CORS_ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(TEST_CORS_ORIGIN);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("Authorization, Content-Type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("marks responses (errors included) readable by an allowed origin", async () => {
    const ok = await request("/api/v1/generate-link", { json: {}, headers: { origin: TEST_CORS_ORIGIN } });
    expect(ok.headers.get("access-control-allow-origin")).toBe(TEST_CORS_ORIGIN);
    expect(ok.headers.get("vary")).toContain("Origin");
    const error = await request("/api/v1/meetings/zzz-zzzz-zzz", { headers: { origin: TEST_CORS_ORIGIN } });
    expect(error.status).toBe(404);
    expect(error.headers.get("access-control-allow-origin")).toBe(TEST_CORS_ORIGIN);
  });

  it("gives other origins nothing", async () => {
    const preflight = await request("/api/v1/meetings", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const response = await request("/api/v1/generate-link", { json: {}, headers: { origin: "https://evil.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
