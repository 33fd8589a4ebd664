import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createOwnedMeeting } from "@/testing/livekit";
import { request } from "@/testing/http";

// LiveKit's client (a large bundle) and its styles load only once someone is
// about to join: never with the home page, and lazily on the meeting page.

const chunks = path.join(import.meta.dirname, "../../../.next/static/chunks");
/** A string only livekit-client's code contains; its styles carry the conference's class name. */
const liveKitMarkers = ["Encountered websocket error during connection establishment", "lk-video-conference"];

async function initialAssets(pagePath: string): Promise<string[]> {
  const page = await request<string>(pagePath);
  expect(page.status).toBe(200);
  const urls = [...page.body.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  expect(urls.length).toBeGreaterThan(0);
  return Promise.all(urls.map(async (url) => (await request<string>(url)).body));
}

describe("LiveKit's code", () => {
  it("is in the build (so the checks below look for something real)", () => {
    const built = readdirSync(chunks).map((file) => readFileSync(path.join(chunks, file), "utf8"));
    for (const marker of liveKitMarkers)
      expect(
        built.some((chunk) => chunk.includes(marker)),
        marker,
      ).toBe(true);
  });

  it("is not part of the home page", async () => {
    for (const asset of await initialAssets("/")) {
      for (const marker of liveKitMarkers) expect(asset.includes(marker), marker).toBe(false);
    }
  });

  it("is loaded lazily on a meeting's page, not with it", async () => {
    const { meeting } = await createOwnedMeeting(request);
    for (const asset of await initialAssets(`/m/${meeting.code}`)) {
      for (const marker of liveKitMarkers) expect(asset.includes(marker), marker).toBe(false);
    }
  });
});
