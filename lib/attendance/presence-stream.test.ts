import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectApiError, request } from "@/testing/http";
import { createOwnedMeeting } from "@/testing/livekit";
import { livekitEvent, signWebhook } from "@/testing/livekit-webhooks";
import { startServer, type TestServer } from "@/testing/start-server";

// Presence reaches browsers on every instance: a webhook received by one
// instance shows up on a stream served by another, through PostgreSQL's NOTIFY.

let other: TestServer;
beforeAll(async () => {
  other = await startServer();
});
afterAll(async () => {
  await other?.stop();
});

/** The `presence` events of a stream, parsed, as they arrive. */
async function* presenceEvents(response: Response): AsyncGenerator<any> {
  let buffer = "";
  for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const data = /^event: presence\ndata: (.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data) yield JSON.parse(data);
    }
  }
}

describe("GET /api/v1/meetings/{id}/presence", () => {
  it("streams who is in, updated from a webhook another instance received", async () => {
    const { meeting } = await createOwnedMeeting(request);
    const controller = new AbortController();
    const stream = await fetch(`${inject("baseUrl")}/api/v1/meetings/${meeting.code}/presence`, {
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);

    const room = { sid: `RM_${randomUUID()}`, name: meeting.roomName };
    const joined = livekitEvent("participant_joined", Math.floor(Date.now() / 1000), room, {
      participant: { sid: `PA_${randomUUID()}`, identity: `guest-${randomUUID()}`, name: "Ana" },
    });
    const events = presenceEvents(stream);
    const first = await events.next();
    expect(first.value).toMatchObject({ meetingId: meeting.id, live: { status: "idle" }, names: [] });

    // The other instance receives the webhook; this one's stream must tell.
    const signed = await signWebhook(JSON.stringify(joined));
    const posted = await fetch(`${other.url}/api/livekit/webhook`, {
      method: "POST",
      body: signed.body,
      headers: signed.headers,
    });
    expect(posted.status).toBe(200);
    let latest = first.value;
    for await (const summary of events) {
      latest = summary;
      if (summary.names.includes("Ana")) break;
    }
    controller.abort();
    expect(latest).toMatchObject({
      meetingId: meeting.id,
      live: { status: "live", participantCount: 1 },
      names: ["Ana"],
    });
  });

  it("answers 404 for an unknown meeting", async () => {
    expectApiError(await request("/api/v1/meetings/zzz-zzzz-zzz/presence"), 404, "not_found");
  });
});

describe("GET /api/v1/presence", () => {
  it("is for people signed in in a browser", async () => {
    const { owner } = await createOwnedMeeting(request);
    expectApiError(await request("/api/v1/presence"), 401, "unauthorized");
    expectApiError(await request("/api/v1/presence", { headers: owner.asKey }), 403, "forbidden");
  });
});
