import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "@/testing/http";
import { startServer, type TestServer } from "@/testing/start-server";

describe("sign-in providers", () => {
  it("offer email only when no OAuth app is configured", async () => {
    const providers = await request<Record<string, unknown>>("/api/auth/providers");
    expect(Object.keys(providers.body)).toEqual(["email"]);
    const page = await request<string>("/sign-in");
    expect(page.body).toContain("Email me a sign-in link");
    expect(page.body).not.toContain("Continue with");
  });

  describe("with GitHub and Google configured", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer({
        AUTH_GITHUB_ID: "github-client-id",
        AUTH_GITHUB_SECRET: "github-client-secret",
        AUTH_GOOGLE_ID: "google-client-id",
        AUTH_GOOGLE_SECRET: "google-client-secret",
      });
    });
    afterAll(() => server.stop());

    it("offers them beside email", async () => {
      const providers = await request<Record<string, unknown>>("/api/auth/providers", { baseUrl: server.url });
      expect(Object.keys(providers.body).sort()).toEqual(["email", "github", "google"]);
      const page = await request<string>("/sign-in", { baseUrl: server.url });
      expect(page.body).toContain("Continue with GitHub");
      expect(page.body).toContain("Continue with Google");
    });
  });
});
