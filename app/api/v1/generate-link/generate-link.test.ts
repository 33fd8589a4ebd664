import { beforeAll, describe, expect, inject, it } from "vitest";
import { generateLinkResultSchema, meetingSchema } from "@/lib/meetings/schemas";
import { expectApiError, requestWith } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

// Every call is made as this user, by API key (authorization is tested in app/api/authorization.test.ts).
let owner: TestUser;
beforeAll(async () => {
  owner = await createTestUser();
});
const request = requestWith(() => owner.asKey);

describe("POST /api/v1/generate-link (the Jitsi link generator's call)", () => {
  it("answers with the meeting id, code, Qari link, provider, room, Jitsi URL and creation time", async () => {
    const response = await request("/api/v1/generate-link", { json: { title: "Stand-up", provider: "jitsi" } });
    expect(response.status).toBe(201);
    const link = generateLinkResultSchema.strict().parse(response.body);
    expect(link.link).toBe(`${inject("baseUrl")}/m/${link.code}`);
    expect(link.jitsiUrl).toBe(
      `https://meet.jit.si/${link.roomName}#config.prejoinConfig.enabled=false&config.disableDeepLinking=true`,
    );
    expect(Date.now() - Date.parse(link.createdAt)).toBeLessThan(60_000);

    const meeting = meetingSchema.parse((await request(`/api/v1/meetings/${link.id}`)).body);
    expect(meeting).toMatchObject({ title: "Stand-up", code: link.code, roomName: link.roomName });
  });

  it("works with no body at all, and leaves the Jitsi URL out for LiveKit meetings", async () => {
    const response = await request("/api/v1/generate-link", { method: "POST" });
    expect(response.status).toBe(201);
    expect(generateLinkResultSchema.parse(response.body)).toMatchObject({ provider: "livekit", jitsiUrl: null });
  });

  it("validates its fields", async () => {
    const error = expectApiError(
      await request("/api/v1/generate-link", { json: { title: 42, provider: "skype" } }),
      422,
      "validation_failed",
    );
    expect(error.details.map((detail) => detail.path).sort()).toEqual(["provider", "title"]);
  });
});
