import { beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { meetingListSchema, meetingSchema, type MeetingResource } from "@/lib/meetings/schemas";
import { expectApiError, requestWith } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

// Every call is made as this user, by API key (authorization is tested in app/api/authorization.test.ts).
let owner: TestUser;
beforeAll(async () => {
  owner = await createTestUser();
});
const request = requestWith(() => owner.asKey);

async function createMeeting(json: unknown = {}): Promise<MeetingResource> {
  const response = await request("/api/v1/meetings", { json });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return meetingSchema.strict().parse(response.body);
}

describe("POST /api/v1/meetings", () => {
  it("creates a meeting with a code, a link and the given settings", async () => {
    const response = await request("/api/v1/meetings", {
      json: {
        title: "  Weekly sync  ",
        description: "Agenda in the doc.",
        startsAt: "2030-03-04T10:00:00+01:00",
        durationMinutes: 30,
        timeZone: "Europe/Berlin",
        provider: "jitsi",
        options: { maxParticipants: 8, emptyTimeoutSeconds: 300 },
      },
    });
    expect(response.status).toBe(201);
    const meeting = meetingSchema.strict().parse(response.body);
    expect(response.headers.get("location")).toBe(`/api/v1/meetings/${meeting.id}`);
    expect(meeting).toMatchObject({
      title: "Weekly sync",
      description: "Agenda in the doc.",
      startsAt: "2030-03-04T09:00:00.000Z",
      durationMinutes: 30,
      timeZone: "Europe/Berlin",
      provider: "jitsi",
      options: { maxParticipants: 8, emptyTimeoutSeconds: 300 },
    });
    expect(meeting.code).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(meeting.link).toBe(`${inject("baseUrl")}/m/${meeting.code}`);
    expect(meeting.jitsiUrl).toBe(
      `https://meet.jit.si/${meeting.roomName}#config.prejoinConfig.enabled=false&config.disableDeepLinking=true`,
    );
  });

  it("accepts an empty body and fills in the defaults", async () => {
    const response = await request("/api/v1/meetings", { method: "POST" });
    expect(response.status).toBe(201);
    const meeting = meetingSchema.parse(response.body);
    expect(meeting.title).toBe("Untitled meeting");
    // LiveKit is configured for the tests, so it is the default provider.
    expect(meeting.provider).toBe("livekit");
    expect(meeting.jitsiUrl).toBeNull();
    expect(meeting.startsAt).toBeNull();
  });

  it("gives every meeting its own code, even when created at the same moment", async () => {
    const meetings = await Promise.all(Array.from({ length: 40 }, () => createMeeting({ provider: "jitsi" })));
    expect(new Set(meetings.map((meeting) => meeting.code)).size).toBe(40);
    expect(new Set(meetings.map((meeting) => meeting.roomName)).size).toBe(40);
  });

  it("answers invalid fields with 422 and each field's path", async () => {
    const response = await request("/api/v1/meetings", {
      json: {
        title: "",
        startsAt: "next tuesday",
        durationMinutes: 0,
        timeZone: "Mars/Olympus",
        provider: "zoom",
        options: { maxParticipants: 1.5, emptyTimeoutSeconds: -1 },
        colour: "blue",
      },
    });
    const error = expectApiError(response, 422, "validation_failed");
    expect(error.details.map((detail) => detail.path).sort()).toEqual(
      [
        "",
        "durationMinutes",
        "options.emptyTimeoutSeconds",
        "options.maxParticipants",
        "provider",
        "startsAt",
        "timeZone",
        "title",
      ].sort(),
    );
    expect(error.details.find((detail) => detail.path === "")?.code).toBe("unrecognized_keys");
    expect(error.details.find((detail) => detail.path === "title")?.message).toBe("Give the meeting a title.");
  });

  it("refuses control characters, which PostgreSQL could not store", async () => {
    const response = await request("/api/v1/meetings", {
      json: { title: "a\u0000b", description: "line\nbreak\u0007" },
    });
    const error = expectApiError(response, 422, "validation_failed");
    expect(error.details.map((detail) => detail.path).sort()).toEqual(["description", "title"]);
  });

  it("answers malformed JSON with 400", async () => {
    const response = await request("/api/v1/meetings", {
      raw: '{"title": "oops",',
      headers: { "content-type": "application/json" },
    });
    expect(expectApiError(response, 400, "bad_request").message).toMatch(/not valid JSON/);
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await request("/api/v1/meetings", {
      raw: "title=Hello",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expectApiError(response, 415, "unsupported_media_type");
  });

  it("answers a body over the limit with 413, declared or streamed", async () => {
    const big = JSON.stringify({ title: "x", description: "y".repeat(MAX_BODY_BYTES) });
    expectApiError(
      await request("/api/v1/meetings", { raw: big, headers: { "content-type": "application/json" } }),
      413,
      "payload_too_large",
    );

    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await request("/api/v1/meetings", {
      raw: chunks,
      headers: { "content-type": "application/json" },
    });
    expectApiError(streamed, 413, "payload_too_large");
  });
});

describe("GET /api/v1/meetings/{id}", () => {
  it("finds a meeting by id, and by code in any case with or without dashes", async () => {
    const meeting = await createMeeting({ title: "Lookup", provider: "jitsi" });
    const bare = meeting.code.replaceAll("-", "");
    for (const key of [meeting.id, meeting.code, bare, bare.toUpperCase(), meeting.code.toUpperCase()]) {
      const response = await request(`/api/v1/meetings/${encodeURIComponent(key)}`);
      expect(response.status, key).toBe(200);
      expect(meetingSchema.strict().parse(response.body)).toEqual(meeting);
    }
  });

  it("answers an unknown id or code with 404", async () => {
    expectApiError(await request("/api/v1/meetings/zzz-zzzz-zzz"), 404, "not_found");
    expectApiError(await request("/api/v1/meetings/not-a-real-id"), 404, "not_found");
    expectApiError(await request(`/api/v1/meetings/${"x".repeat(500)}`), 404, "not_found");
    expectApiError(await request("/api/v1/meetings/%00"), 404, "not_found");
    expectApiError(await request("/api/v1/meetings/%ff"), 400, "bad_request");
  });
});

describe("PATCH /api/v1/meetings/{id}", () => {
  it("changes the fields sent and clears those sent as null", async () => {
    const meeting = await createMeeting({
      title: "Before",
      description: "Old",
      startsAt: "2031-01-01T09:00:00Z",
      durationMinutes: 60,
      provider: "jitsi",
      options: { maxParticipants: 4 },
    });
    const response = await request(`/api/v1/meetings/${meeting.code}`, {
      method: "PATCH",
      json: { title: "After", description: null, durationMinutes: null, options: { emptyTimeoutSeconds: 60 } },
    });
    expect(response.status).toBe(200);
    const updated = meetingSchema.strict().parse(response.body);
    expect(updated).toMatchObject({
      id: meeting.id,
      code: meeting.code,
      title: "After",
      description: null,
      startsAt: "2031-01-01T09:00:00.000Z",
      durationMinutes: null,
      options: { maxParticipants: 4, emptyTimeoutSeconds: 60 },
    });
    expect((await request(`/api/v1/meetings/${meeting.id}`)).body).toEqual(updated);
  });

  it("validates like creation, and needs a body", async () => {
    const meeting = await createMeeting({ provider: "jitsi" });
    const invalid = await request(`/api/v1/meetings/${meeting.id}`, {
      method: "PATCH",
      json: { title: "x".repeat(201) },
    });
    expect(expectApiError(invalid, 422, "validation_failed").details[0]).toMatchObject({
      path: "title",
      code: "too_big",
    });
    expectApiError(await request(`/api/v1/meetings/${meeting.id}`, { method: "PATCH" }), 400, "bad_request");
    expectApiError(
      await request("/api/v1/meetings/qqq-qqqq-qqq", { method: "PATCH", json: { title: "x" } }),
      404,
      "not_found",
    );
  });
});

describe("DELETE /api/v1/meetings/{id}", () => {
  it("deletes a meeting: it is then gone from the API and its link says so", async () => {
    const meeting = await createMeeting({ title: "Short-lived", provider: "jitsi" });
    const deleted = await request(`/api/v1/meetings/${meeting.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expectApiError(await request(`/api/v1/meetings/${meeting.id}`), 404, "not_found");
    expectApiError(await request(`/api/v1/meetings/${meeting.id}`, { method: "DELETE" }), 404, "not_found");

    const page = await request<string>(`/m/${meeting.code}`);
    expect(page.body).toContain("This meeting was deleted");
  });
});

describe("GET /api/v1/meetings", () => {
  it("pages through meetings with a cursor", async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createMeeting({ title: `Paged ${i}`, provider: "jitsi" })),
    );
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const response = await request(`/api/v1/meetings?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const page = meetingListSchema.parse(response.body);
      expect(page.data.length).toBeLessThanOrEqual(2);
      for (const meeting of page.data) {
        expect(seen.has(meeting.id)).toBe(false);
        seen.add(meeting.id);
      }
      cursor = page.nextCursor;
    } while (cursor && !created.every((meeting) => seen.has(meeting.id)));
    expect(created.every((meeting) => seen.has(meeting.id))).toBe(true);
  });

  it("splits upcoming, past and undated meetings", async () => {
    const hour = 3_600_000;
    const soon = await createMeeting({ startsAt: new Date(Date.now() + hour).toISOString(), provider: "jitsi" });
    const running = await createMeeting({
      startsAt: new Date(Date.now() - hour / 2).toISOString(),
      durationMinutes: 60,
      provider: "jitsi",
    });
    const over = await createMeeting({
      startsAt: new Date(Date.now() - 3 * hour).toISOString(),
      durationMinutes: 30,
      provider: "jitsi",
    });
    const undated = await createMeeting({ provider: "jitsi" });

    const ids = async (when: string) =>
      new Set(
        meetingListSchema.parse((await request(`/api/v1/meetings?when=${when}&limit=100`)).body).data.map((m) => m.id),
      );
    const [upcoming, past, withoutDate] = await Promise.all([ids("upcoming"), ids("past"), ids("undated")]);
    expect([upcoming.has(soon.id), upcoming.has(running.id), upcoming.has(over.id), upcoming.has(undated.id)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([past.has(over.id), past.has(soon.id), past.has(undated.id)]).toEqual([true, false, false]);
    expect([withoutDate.has(undated.id), withoutDate.has(soon.id)]).toEqual([true, false]);
  });

  it("answers bad query parameters with 422", async () => {
    const error = expectApiError(await request("/api/v1/meetings?limit=1000&when=someday"), 422, "validation_failed");
    expect(error.details.map((detail) => detail.path).sort()).toEqual(["limit", "when"]);
  });
});

describe("every API route", () => {
  it("answers a method it does not support with 405 and Allow", async () => {
    const response = await request("/api/v1/meetings", { method: "PUT", json: {} });
    expectApiError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect((await request("/api/v1/generate-link")).headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers unknown API paths with 404 in the error shape", async () => {
    expectApiError(await request("/api/v1/nothing/here"), 404, "not_found");
    expectApiError(await request("/api/v2/meetings", { method: "POST", json: {} }), 404, "not_found");
  });
});
