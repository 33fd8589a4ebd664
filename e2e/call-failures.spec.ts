import { RoomServiceClient } from "livekit-server-sdk";
import {
  controls,
  createMeeting,
  expectRemoteVideoPlaying,
  joinCall,
  expect,
  test,
  participantCount,
} from "../testing/call";
import { startTestLivekitServer, type LivekitServer } from "../testing/livekit-server";
import { startServer, type TestServer } from "../testing/start-server";
import { TEST_LIVEKIT } from "../testing/test-env";
import { createTestUser } from "../testing/users";

// What a call does when LiveKit fails it: the server process dies mid-call,
// and a token is used after it expired. Each test has Qari and LiveKit
// servers of its own, so stopping them touches no other test.

test.describe("when LiveKit stops mid-call", () => {
  let livekit: LivekitServer | undefined;
  let qari: TestServer | undefined;
  test.afterEach(async () => {
    await qari?.stop();
    await livekit?.stop();
  });

  test("the call shows it is reconnecting, then a clear failure with Rejoin, which works once LiveKit is back", async ({
    openPage,
    request,
  }) => {
    test.setTimeout(150_000);
    livekit = await startTestLivekitServer();
    const port = Number(new URL(livekit.url).port);
    qari = await startServer({ LIVEKIT_URL: livekit.url });
    const meeting = await createMeeting(request, await createTestUser(), { title: "Fragile" }, qari.url);
    const alice = await openPage({ baseURL: qari.url });
    const bob = await openPage({ baseURL: qari.url });
    await joinCall(alice, `${qari.url}/m/${meeting.code}`, "Alice");
    await joinCall(bob, `${qari.url}/m/${meeting.code}`, "Bob");
    await expectRemoteVideoPlaying(alice);

    // A crash, not a shutdown: SIGTERM would let LiveKit close the room and say goodbye.
    process.kill(livekit.pid, "SIGKILL");
    await expect(alice.getByTestId("reconnecting")).toBeVisible();
    await expect(alice.getByTestId("reconnecting")).toHaveText(/Reconnecting/);
    const lost = alice.getByRole("heading", { name: "The connection was lost" });
    await expect(lost).toBeVisible({ timeout: 45_000 });
    await expect(alice.getByRole("button", { name: "Rejoin" })).toBeVisible();

    // LiveKit comes back on the same address: Rejoin gets a fresh token and a working call.
    livekit = await startTestLivekitServer({ port });
    await alice.getByRole("button", { name: "Rejoin" }).click();
    await expect(controls(alice)).toBeVisible({ timeout: 20_000 });
    await expect(bob.getByRole("heading", { name: "The connection was lost" })).toBeVisible({ timeout: 45_000 });
    await bob.getByRole("button", { name: "Rejoin" }).click();
    await expect(controls(bob)).toBeVisible({ timeout: 20_000 });
    await expect(participantCount(alice)).toHaveAttribute("data-count", "2");
    await expectRemoteVideoPlaying(alice);
  });
});

test.describe("join tokens that expire", () => {
  let qari: TestServer | undefined;
  test.afterEach(async () => qari?.stop());

  test("a token used after its expiry cannot join; a participant connected with one stays past it", async ({
    openPage,
    request,
  }) => {
    // LiveKit accepts a token for 60 s past its `exp` (clock-skew leeway), so this waits that out.
    test.setTimeout(180_000);
    qari = await startServer({ LIVEKIT_JOIN_TOKEN_TTL_SECONDS: "1" });
    const meeting = await createMeeting(request, await createTestUser(), {}, qari.url);
    const link = `${qari.url}/m/${meeting.code}`;

    // Someone joins now, and a second token is taken now for later.
    const early = await openPage({ baseURL: qari.url });
    const tokenResponse = early.waitForResponse((response) => response.url().endsWith(`/${meeting.code}/token`));
    await joinCall(early, link, "Early Bird");
    const earlyToken = (await (await tokenResponse).json()) as { identity: string; expiresAt: string };
    const stale = await request.post(`${qari.url}/api/v1/meetings/${meeting.code}/token`, { data: { name: "Late" } });
    const staleBody = (await stale.json()) as { token: string; expiresAt: string };
    expect(Date.parse(staleBody.expiresAt) - Date.now()).toBeLessThanOrEqual(1_000);

    // Wait for LiveKit itself to call the token expired (its validate endpoint turns 401).
    const validate = `${TEST_LIVEKIT.url.replace(/^ws/, "http")}/rtc/validate?access_token=${staleBody.token}`;
    await expect.poll(async () => (await fetch(validate)).status, { timeout: 100_000, intervals: [1_000] }).toBe(401);

    // The late joiner's page is handed the expired token: LiveKit turns it down and the page says so.
    const late = await openPage({ baseURL: qari.url });
    await late.route(`**/api/v1/meetings/${meeting.code}/token`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(staleBody) }),
    );
    await late.goto(link);
    await late.getByLabel("Your name").fill("Late");
    await late.getByRole("button", { name: "Join meeting" }).click();
    await expect(late.getByRole("heading", { name: "The meeting server turned the connection down" })).toBeVisible();

    // The early one, whose token expired a minute ago, is still in the call and still listed by LiveKit.
    expect(Date.now()).toBeGreaterThan(Date.parse(earlyToken.expiresAt) + 60_000);
    await expect(controls(early)).toBeVisible();
    await expect(early.getByTestId("reconnecting")).toHaveCount(0);
    const rooms = new RoomServiceClient(
      TEST_LIVEKIT.url.replace(/^ws/, "http"),
      TEST_LIVEKIT.apiKey,
      TEST_LIVEKIT.apiSecret,
    );
    const listed = await rooms.listParticipants(meeting.roomName);
    expect(listed.map((participant) => participant.identity)).toEqual([earlyToken.identity]);
  });
});
