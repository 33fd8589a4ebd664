import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { test as base, expect, signIn, watchForCspViolations } from "./playwright-fixtures";
import type { TestUser } from "./users";

/**
 * Support for the call specs (e2e/call*.spec.ts): people joining one meeting
 * from separate browser contexts, and what each of them can observe.
 */

export type Meeting = { id: string; code: string; link: string; roomName: string };

export async function createMeeting(
  request: APIRequestContext,
  owner: TestUser,
  data: object = {},
  baseURL = "",
): Promise<Meeting> {
  const response = await request.post(`${baseURL}/api/v1/meetings`, {
    headers: owner.asKey,
    data: { provider: "livekit", ...data },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Meeting;
}

type PageOptions = { user?: TestUser; baseURL?: string; viewport?: { width: number; height: number } };

/**
 * The call specs' `test`: `openPage({ user, baseURL, viewport })` gives a page
 * in a browser context of its own (its own cookies and media), signed in as
 * `user` when given. The contexts close when the test ends, so nobody from an
 * earlier test is still in a call, sending video, while the next one runs.
 */
export const test = base.extend<{ openPage: (options?: PageOptions) => Promise<Page> }>({
  openPage: async ({ browser, baseURL, cspViolations }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async ({ user, viewport, ...options } = {}) => {
      const origin = options.baseURL ?? baseURL!;
      const context = await browser.newContext({
        baseURL: origin,
        ...(viewport ? { viewport, isMobile: true, hasTouch: true } : {}),
      });
      contexts.push(context);
      watchForCspViolations(context, cspViolations);
      if (user) await signIn(context, user, origin);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };

/** The call's control bar: visible once connected. */
export const controls = (page: Page) => page.getByRole("navigation", { name: "Call controls" });

/** Opens `url` (a meeting link), types `name` and joins; resolves once in the call. */
export async function joinCall(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  // Join once the camera preview plays, as a person would: before that the pre-join screen has no camera to pass on.
  const preview = page.getByTestId("camera-preview");
  await expect
    .poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join meeting" }).click();
  await expect(controls(page)).toBeVisible({ timeout: 20_000 });
}

/** The number the title bar shows. */
export const participantCount = (page: Page) => page.getByTestId("participant-count");

/** Names on the video tiles, as LiveKit's ParticipantTile shows them. */
export const tileNames = (page: Page) => page.locator(".lk-participant-tile .lk-participant-name");

/** The `<video>` of someone else's camera (or screen) tile. */
export const remoteVideo = (page: Page, source: "camera" | "screen_share" = "camera") =>
  page.locator(`.lk-participant-tile[data-lk-local-participant="false"][data-lk-source="${source}"] video`);

/** Decoded frames of a video element: rising means video is really arriving and being played. */
const decodedFrames = (page: Page, source: "camera" | "screen_share") =>
  remoteVideo(page, source)
    .first()
    .evaluate((video: HTMLVideoElement) => video.getVideoPlaybackQuality().totalVideoFrames);

/** Asserts the remote `source` video on `page` plays: its decoded frame count rises between two readings. */
export async function expectRemoteVideoPlaying(page: Page, source: "camera" | "screen_share" = "camera") {
  // Headless Chromium stops presenting video frames in a window behind another (each context is a window):
  // the person whose screen is looked at is the one in front, as they would be.
  await page.bringToFront();
  await expect(remoteVideo(page, source).first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => decodedFrames(page, source), { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await decodedFrames(page, source);
  await expect.poll(() => decodedFrames(page, source), { timeout: 20_000 }).toBeGreaterThan(before);
}

/**
 * Asserts `page` receives someone's microphone: LiveKit's RoomAudioRenderer
 * plays each remote microphone in an <audio>; its track must be live and
 * unmuted (WebRTC mutes a received track until packets arrive).
 */
export async function expectRemoteAudioArriving(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll("audio")].some((audio) => {
            const stream = audio.srcObject;
            if (!(stream instanceof MediaStream)) return false;
            return stream.getAudioTracks().some((track) => track.readyState === "live" && !track.muted);
          }),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

/** Opens a side panel from the control bar (People, Chat, Invite people, Settings). */
export async function openPanel(page: Page, name: "People" | "Chat" | "Invite people" | "Settings") {
  const button = controls(page).getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** The row of `name` in the People panel (open it first). */
export const personRow = (page: Page, name: string) =>
  page.getByTestId("participant-row").filter({ has: page.getByTestId("participant-name").getByText(name) });

export { expectNoAxeViolations } from "./axe";
