import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLinkResultSchema } from "@/lib/meetings/schemas";
import { requestWith } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";
import { startServer, type TestServer } from "@/testing/start-server";

// Every call is made as this user, by API key (authorization is tested in app/api/authorization.test.ts).
let owner: TestUser;
beforeAll(async () => {
  owner = await createTestUser();
});
const request = requestWith(() => owner.asKey);

describe("Jitsi configuration by environment", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      JITSI_BASE_URL: "https://jitsi.example.org/",
      JITSI_CONFIG_PARAMS: "config.startWithAudioMuted=true",
      DEFAULT_PROVIDER: "jitsi",
    });
  });
  afterAll(() => server?.stop());

  it("builds room URLs from JITSI_BASE_URL and JITSI_CONFIG_PARAMS, and honours DEFAULT_PROVIDER", async () => {
    const response = await request("/api/v1/generate-link", { method: "POST", baseUrl: server.url });
    const link = generateLinkResultSchema.parse(response.body);
    expect(link.provider).toBe("jitsi");
    expect(link.jitsiUrl).toBe(`https://jitsi.example.org/${link.roomName}#config.startWithAudioMuted=true`);
  });
});
