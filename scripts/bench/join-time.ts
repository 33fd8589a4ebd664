import { chromium, type Browser, type Page } from "@playwright/test";
import { AccessToken } from "livekit-server-sdk";
import { chromiumArgs, findChromium } from "../../testing/chromium";
import type { LivekitServer } from "../lib/start-livekit-server.mjs";
import { floorPageUrl, startFloorServer } from "./floor-page";

/** LiveKit's components keep the pre-join choices here; a remembered name skips typing it. */
const rememberedChoices = {
  videoEnabled: true,
  audioEnabled: true,
  videoDeviceId: "default",
  audioDeviceId: "default",
  username: "Bench Guest",
};

/**
 * Records when the first frame of a remote participant's video is shown:
 * LiveKit's tiles mark the local participant's, which the pre-join preview
 * and one's own tile are. A string, not a function: the TypeScript runner
 * would add helpers to a function's text that the page does not have.
 */
const watchRemoteVideo = `
  const seen = new WeakSet();
  const record = () => (window.__firstRemoteFrameAt ??= performance.now());
  new MutationObserver(() => {
    for (const video of document.querySelectorAll('[data-lk-local-participant="false"] video')) {
      if (seen.has(video)) continue;
      seen.add(video);
      video.requestVideoFrameCallback(record);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/**
 * With BENCH_TRACE=1: when the page's milestones happen (ms since navigation), to see where
 * the time goes — Join enabled, the token request and answer, LiveKit's WebSocket opening.
 */
const traceMilestones = `
  window.__marks = {};
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
  }).observe({ type: "longtask", buffered: true });
  const mark = (name) => (window.__marks[name] ??= Math.round(performance.now()));
  document.addEventListener("DOMContentLoaded", () => mark("domContentLoaded"));
  new MutationObserver(() => {
    const join = [...document.querySelectorAll("button")].find((b) => b.textContent.includes("Join meeting"));
    if (join && !join.disabled) mark("joinEnabled");
    if (document.querySelector('[data-testid="connecting"]')) mark("conferenceShown");
  }).observe(document, { childList: true, subtree: true, attributes: true });
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith("/token")) mark("tokenRequested");
    return fetch(input, init).then((response) => (url.endsWith("/token") && mark("tokenAnswered"), response));
  };
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      mark("socketCreated");
      this.addEventListener("open", () => mark("socketOpen"));
    }
  };
`;
const tracing = process.env.BENCH_TRACE === "1";

/**
 * As a person in a hurry would: press Join the moment it can be pressed. Done
 * in the page, as a person's click is: Playwright's click would add its own
 * round trips and waits (an enabled check that backs off up to half a second,
 * two frames of "stable") that are not Qari's.
 */
const pressJoinWhenEnabled = `
  const observer = new MutationObserver(() => {
    const join = [...document.querySelectorAll("button")].find((b) => b.textContent.includes("Join meeting"));
    if (!join || join.disabled) return;
    observer.disconnect();
    join.click();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
`;

const firstRemoteFrameAt = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __firstRemoteFrameAt?: number }).__firstRemoteFrameAt, null, {
      timeout: 30_000,
      polling: 50,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);

async function mint(livekit: LivekitServer, room: string, identity: string) {
  const token = new AccessToken(livekit.apiKey, livekit.apiSecret, { identity, ttl: 600 });
  token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true });
  return token.toJwt();
}

async function joinQari(browser: Browser, meetingLink: string): Promise<number> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(
      (choices) => localStorage.setItem("lk-user-choices", JSON.stringify(choices)),
      rememberedChoices,
    );
    await context.addInitScript({ content: watchRemoteVideo });
    await context.addInitScript({ content: pressJoinWhenEnabled });
    if (tracing) await context.addInitScript({ content: traceMilestones });
    const page = await context.newPage();
    await page.goto(meetingLink, { waitUntil: "commit" });
    const frameAt = await firstRemoteFrameAt(page);
    if (tracing) {
      console.log("  trace:", JSON.stringify({ ...(await page.evaluate<object>("window.__marks")), firstFrame: Math.round(frameAt) }));
      console.log("  long tasks [start, ms]:", JSON.stringify(await page.evaluate("window.__longTasks")));
      if (process.env.BENCH_TRACE_RESOURCES) console.log("  resources:", JSON.stringify(await page.evaluate(`performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop(), Math.round(e.startTime), Math.round(e.responseEnd)])`)));
    }
    return frameAt;
  } finally {
    await context.close();
  }
}

async function joinFloor(browser: Browser, floorUrl: string, livekit: LivekitServer, room: string, n: number) {
  const context = await browser.newContext();
  try {
    const token = await mint(livekit, room, `floor-${n}`);
    const page = await context.newPage();
    await page.goto(floorPageUrl(floorUrl, { url: livekit.url, token }), { waitUntil: "commit" });
    return await firstRemoteFrameAt(page);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Join time: from navigating to a meeting's link (name remembered) to the
 * first frame of the other participant's video, against the floor of a bare
 * page connecting with livekit-client from a ready token. Both join the same
 * room, where a publisher shows its camera, alternately, each in a fresh
 * browser context (nothing cached), `joins` times.
 */
export async function measureJoinTime(options: {
  livekit: LivekitServer;
  meeting: { link: string; roomName: string };
  joins: number;
}): Promise<{ qariMs: number; floorMs: number; qari: number[]; floor: number[] }> {
  const { livekit, meeting, joins } = options;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, "--autoplay-policy=no-user-gesture-required"],
  });
  const floorServer = await startFloorServer();
  try {
    const publisher = await (await browser.newContext()).newPage();
    const token = await mint(livekit, meeting.roomName, "publisher");
    await publisher.goto(floorPageUrl(floorServer.url, { url: livekit.url, token, publish: true }));
    await publisher.waitForFunction(() => (window as unknown as { __connected?: boolean }).__connected);

    const qari: number[] = [];
    const floor: number[] = [];
    for (let n = 0; n < joins; n++) {
      qari.push(await joinQari(browser, meeting.link));
      floor.push(await joinFloor(browser, floorServer.url, livekit, meeting.roomName, n));
    }
    return { qariMs: median(qari), floorMs: median(floor), qari, floor };
  } finally {
    floorServer.server.close();
    await browser.close();
  }
}
