import { chromium, type APIRequestContext, type Page } from "@playwright/test";
import { TokenVerifier } from "livekit-server-sdk";
import { expectNoAxeViolations } from "../testing/axe";
import { chromiumArgs, findChromium } from "../testing/chromium";
import { expect, test } from "../testing/playwright-fixtures";
import { freePort } from "../testing/free-port";
import { startServer, type TestServer } from "../testing/start-server";
import { TEST_LIVEKIT } from "../testing/test-env";
import { createTestUser, type TestUser } from "../testing/users";

// The way in, up to the wire: the token the page fetches is verified as
// LiveKit would verify it, and the WebSocket the page opens to the run's
// LiveKit server is checked to carry it. What happens in the call itself is
// e2e/call.spec.ts. Here LiveKit is held silent, or is a port with nothing
// behind it (a Qari server of this file's own, configured so), and the page
// must explain that the server cannot be reached.

type Meeting = { id: string; code: string; link: string; roomName: string };

async function createMeeting(request: APIRequestContext, owner: TestUser, data: object = {}): Promise<Meeting> {
  const response = await request.post("/api/v1/meetings", {
    headers: owner.asKey,
    data: { provider: "livekit", ...data },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Meeting;
}

/** Every WebSocket to the run's LiveKit server. */
const livekitSocket = () => new RegExp(`^${TEST_LIVEKIT.url.replace(/[.]/g, "\\.")}/`);

const isTokenResponse = (meeting: Meeting) => (response: { url(): string; request(): { method(): string } }) =>
  response.url().endsWith(`/api/v1/meetings/${meeting.code}/token`) && response.request().method() === "POST";

async function expectPreviewPlaying(page: Page) {
  const preview = page.getByTestId("camera-preview");
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth)).toBeGreaterThan(0);
}

test.describe("joining a LiveKit meeting", () => {
  test("from the link through the pre-join screen to connecting, with a valid token on the wire", async ({
    page,
    request,
  }) => {
    const owner = await createTestUser("Owner");
    const meeting = await createMeeting(request, owner, { title: "Design review", options: { maxParticipants: 5 } });

    // Hold LiveKit's WebSocket open without answering, as a slow server would: the page stays "connecting".
    const sockets: string[] = [];
    await page.routeWebSocket(livekitSocket(), (socket) => void sockets.push(socket.url()));

    await page.goto(meeting.link);
    await expect(page.getByRole("heading", { level: 1, name: "Design review" })).toBeVisible();
    await expectPreviewPlaying(page);

    // Pick another microphone (Chromium's fake devices offer several) and a name.
    const microphone = page.getByLabel("Microphone", { exact: true });
    await expect.poll(() => microphone.locator("option").count()).toBeGreaterThan(1);
    const options = await microphone
      .locator("option")
      .evaluateAll((all: HTMLOptionElement[]) => all.map((option) => ({ value: option.value, label: option.label })));
    const other = options.find(
      (option) => option.value !== "" && option.value !== "default" && option.value !== options[0]!.value,
    )!;
    await microphone.selectOption(other.value);
    await expect(microphone).toHaveValue(other.value);
    await expect(page.getByLabel("Camera", { exact: true })).not.toHaveValue("");

    await page.getByLabel("Your name").fill("  Ada Tester  ");
    const tokenResponse = page.waitForResponse(isTokenResponse(meeting));
    await page.getByRole("button", { name: "Join meeting" }).click();
    const response = await tokenResponse;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { serverUrl: string; token: string; identity: string; role: string };
    expect(body).toMatchObject({ serverUrl: TEST_LIVEKIT.url, role: "guest" });

    const claims = await new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(body.token);
    expect(claims).toMatchObject({ sub: body.identity, name: "Ada Tester" });
    expect(claims.video).toMatchObject({
      room: meeting.roomName,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
    });
    expect(claims.video?.roomAdmin).toBeUndefined();
    expect(claims.roomConfig).toMatchObject({ maxParticipants: 5 });

    await expect(page.getByTestId("connecting")).toBeVisible();
    await expect(page.getByText("Connecting to the meeting…")).toBeVisible();
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    expect(new URL(sockets[0]!).searchParams.get("access_token")).toBe(body.token);

    // The choices are remembered for the next visit.
    await page.goto(meeting.link);
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Tester");
    await expect(page.getByLabel("Microphone", { exact: true })).toHaveValue(other.value);
  });

  test("a silent server is reported within ten seconds, with retry", async ({ page, request }) => {
    const meeting = await createMeeting(request, await createTestUser());
    await page.routeWebSocket(livekitSocket(), () => undefined);
    await page.goto(meeting.link);
    await page.getByLabel("Your name").fill("Patient Guest");
    await expectPreviewPlaying(page);
    const started = Date.now();
    await page.getByRole("button", { name: "Join meeting" }).click();
    await expect(page.getByTestId("connecting")).toBeVisible();
    await expect(page.getByRole("heading", { name: "The meeting server cannot be reached" })).toBeVisible({
      timeout: 11_000,
    });
    expect(Date.now() - started).toBeLessThan(10_500);
  });

  test("the owner, signed in, finds their name filled in and joins as host", async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const owner = await createTestUser("Olive Owner");
    const meeting = await createMeeting(request, owner);
    await context.addCookies([{ name: "authjs.session-token", value: owner.sessionToken, url: baseURL! }]);
    await page.goto(meeting.link);
    await expect(page.getByLabel("Your name")).toHaveValue("Olive Owner");
    const tokenResponse = page.waitForResponse(isTokenResponse(meeting));
    await page.getByRole("button", { name: "Join meeting" }).click();
    const body = (await (await tokenResponse).json()) as { token: string; role: string; identity: string };
    expect(body).toMatchObject({ role: "host", identity: owner.id });
    const claims = await new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(body.token);
    expect(claims.video?.roomAdmin).toBe(true);
  });

  test("a bad name is explained before anything is requested", async ({ page, request }) => {
    const meeting = await createMeeting(request, await createTestUser());
    await page.goto(meeting.link);
    await page.getByLabel("Your name").fill("   ");
    let asked = false;
    page.on("request", (sent) => {
      if (sent.url().endsWith("/token")) asked = true;
    });
    await page.getByRole("button", { name: "Join meeting" }).click();
    await expect(page.getByText("Enter the name others will see.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    expect(asked).toBe(false);
  });

  test("a deleted meeting's link says so", async ({ page, request }) => {
    const owner = await createTestUser();
    const meeting = await createMeeting(request, owner);
    expect((await request.delete(`/api/v1/meetings/${meeting.id}`, { headers: owner.asKey })).status()).toBe(204);
    await page.goto(meeting.link);
    await expect(page.getByRole("heading", { name: "This meeting was deleted" })).toBeVisible();
  });

  test("the left page offers to rejoin or go home", async ({ page, request }) => {
    const meeting = await createMeeting(request, await createTestUser(), { title: "Retro" });
    await page.goto(`${meeting.link}/left`);
    await expect(page.getByRole("heading", { name: "You left the meeting" })).toBeVisible();
    await expect(page.getByText("Retro")).toBeVisible();
    await page.getByRole("link", { name: "Rejoin" }).click();
    await expect(page).toHaveURL(meeting.link);
    await expect(page.getByRole("heading", { level: 1, name: "Retro" })).toBeVisible();
    await page.goto(`${meeting.link}/left`);
    await page.getByRole("link", { name: "Home", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("when the LiveKit server is down", () => {
  // One worker runs this group, so only one extra Qari server is started for it.
  test.describe.configure({ mode: "default" });
  // A Qari server whose LIVEKIT_URL names a port nothing listens on: connections are refused.
  let qari: TestServer;
  test.beforeAll(async () => {
    qari = await startServer({ LIVEKIT_URL: `ws://127.0.0.1:${await freePort()}` });
  });
  test.afterAll(() => qari?.stop());

  test("an unreachable server shows its page, and Retry asks for a fresh token", async ({ page, request }) => {
    const meeting = await createMeeting(request, await createTestUser());
    await page.goto(`${qari.url}/m/${meeting.code}`);
    await page.getByLabel("Your name").fill("Guest");
    await expectPreviewPlaying(page);
    const started = Date.now();
    await page.getByRole("button", { name: "Join meeting" }).click();
    const heading = page.getByRole("heading", { name: "The meeting server cannot be reached" });
    await expect(heading).toBeVisible();
    expect(Date.now() - started).toBeLessThan(10_000);

    const retried = page.waitForResponse(isTokenResponse(meeting));
    await page.getByRole("button", { name: "Retry" }).click();
    expect((await retried).status()).toBe(200);
    await expect(heading).toBeVisible();

    await page.getByRole("button", { name: "Back to the pre-join screen" }).click();
    await expect(page.getByLabel("Your name")).toHaveValue("Guest");
  });

  test("the pre-join screen and the unreachable-server page have no WCAG A/AA violations", async ({
    page,
    request,
  }) => {
    test.slow(); // two full axe scans
    const meeting = await createMeeting(request, await createTestUser());
    await page.goto(`${qari.url}/m/${meeting.code}`);
    await expectPreviewPlaying(page);
    await expectNoAxeViolations(page);
    await page.getByLabel("Your name").fill("Axe");
    await page.getByRole("button", { name: "Join meeting" }).click();
    await expect(page.getByRole("heading", { name: "The meeting server cannot be reached" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("camera and microphone problems", () => {
  test("denied permissions are explained, with retry and joining without them", async ({ baseURL, request }) => {
    test.slow(); // launches a browser of its own
    const meeting = await createMeeting(request, await createTestUser());
    // A browser without Chromium's auto-accepting fake prompt: the permission request is turned down.
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: chromiumArgs.filter((arg) => arg !== "--use-fake-ui-for-media-stream"),
    });
    try {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await page.goto(meeting.link);
      const camera = page.getByTestId("camera-problem");
      await expect(camera.getByText("Camera access is blocked")).toBeVisible();
      await expect(camera.getByText(/Allow it in the site settings/)).toBeVisible();
      await expect(page.getByTestId("microphone-problem").getByText("Microphone access is blocked")).toBeVisible();
      await expect(camera.getByRole("button", { name: "Retry" })).toBeVisible();

      // Retry asks again, and is turned down again: the message stays, nothing fails silently.
      await camera.getByRole("button", { name: "Retry" }).click();
      await expect(camera.getByText("Camera access is blocked")).toBeVisible();

      await camera.getByRole("button", { name: "Join without camera" }).click();
      await expect(page.getByTestId("camera-problem")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Camera off" })).toHaveAttribute("aria-pressed", "false");
      await expect(page.getByText("Your camera is off")).toBeVisible();

      await page.getByLabel("Your name").fill("No Camera");
      const tokenResponse = page.waitForResponse(isTokenResponse(meeting));
      await page.getByRole("button", { name: "Join meeting" }).click();
      expect((await tokenResponse).status()).toBe(200);
    } finally {
      await browser.close();
    }
  });
});

test.describe("joining a Jitsi meeting", () => {
  test("asks for the name, then opens the room through Jitsi's IFrame API", async ({ page, request }) => {
    const owner = await createTestUser();
    const meeting = await createMeeting(request, owner, { provider: "jitsi", title: "Jitsi sync" });
    // Jitsi is not reachable from these machines: a stand-in IFrame API records what Qari passes to it.
    await page.route("https://meet.jit.si/external_api.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.JitsiMeetExternalAPI = function (domain, options) {
          window.__jitsi = { domain, roomName: options.roomName, jwt: options.jwt ?? null,
            displayName: options.userInfo.displayName, config: options.configOverwrite };
          options.parentNode.append(Object.assign(document.createElement("p"), { textContent: "Jitsi room" }));
          this.addListener = () => {}; this.dispose = () => {};
        };`,
      }),
    );
    await page.goto(meeting.link);
    await expect(page.getByRole("heading", { level: 1, name: "Jitsi sync" })).toBeVisible();
    await page.getByLabel("Your name").fill(" Jo Jitsi ");
    await page.getByRole("button", { name: "Join meeting" }).click();
    await expect(page.getByText("Jitsi room")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __jitsi: unknown }).__jitsi)).toEqual({
      domain: "meet.jit.si",
      roomName: meeting.roomName,
      jwt: null,
      displayName: "Jo Jitsi",
      config: { prejoinConfig: { enabled: false }, disableDeepLinking: true },
    });
    const open = page.getByRole("link", { name: "Open in Jitsi" });
    await expect(open).toHaveAttribute("href", new RegExp(`^https://meet\\.jit\\.si/${meeting.roomName}#`));
  });

  test("shows the open-in-Jitsi link prominently when Jitsi's script cannot load", async ({ page, request }) => {
    const meeting = await createMeeting(request, await createTestUser(), { provider: "jitsi" });
    await page.route("https://meet.jit.si/external_api.js", (route) => route.abort("connectionrefused"));
    await page.goto(meeting.link);
    await page.getByLabel("Your name").fill("Jo");
    await page.getByRole("button", { name: "Join meeting" }).click();
    const failed = page.getByTestId("jitsi-failed");
    await expect(failed.getByRole("heading", { name: "Jitsi could not be embedded here" })).toBeVisible();
    await expect(failed.getByRole("link", { name: "Open in Jitsi" })).toHaveAttribute(
      "href",
      `https://meet.jit.si/${meeting.roomName}#config.prejoinConfig.enabled=false&config.disableDeepLinking=true&userInfo.displayName=%22Jo%22`,
    );
  });
});
