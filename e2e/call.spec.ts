import { TokenVerifier } from "livekit-server-sdk";
import {
  controls,
  createMeeting,
  expectNoAxeViolations,
  expectRemoteAudioArriving,
  expectRemoteVideoPlaying,
  joinCall,
  expect,
  test,
  openPanel,
  participantCount,
  personRow,
  remoteVideo,
  tileNames,
} from "../testing/call";
import { TEST_LIVEKIT } from "../testing/test-env";
import { createTestUser } from "../testing/users";

// The call itself, in real Chromium against the run's real LiveKit server:
// every person is a browser context of their own with Chromium's fake camera
// and microphone (and its fake screen for sharing). What is asserted is what
// the others' browsers receive, never what the sender believes it sent.
// Failures of the server itself (stopped mid-call, expired tokens) are in
// e2e/call-failures.spec.ts.

const livekitHttpUrl = () => TEST_LIVEKIT.url.replace(/^ws/, "http");

test.describe("a LiveKit call", () => {
  // Two or three browsers with real media on a shared two-core machine.
  test.slow();

  test("host and guest join from the link and each sees the other's video playing and gets their audio", async ({
    openPage,
    request,
  }) => {
    const owner = await createTestUser("Hana Host");
    const meeting = await createMeeting(request, owner, { title: "Weekly sync" });
    const host = await openPage({ user: owner });
    const guest = await openPage();

    await joinCall(host, meeting.link, "Hana Host");
    await joinCall(guest, meeting.link, "Gus Guest");

    for (const page of [host, guest]) {
      await expect(page.getByRole("heading", { level: 1, name: "Weekly sync" })).toBeVisible();
      await expect(participantCount(page)).toHaveAttribute("data-count", "2");
      await expectRemoteVideoPlaying(page);
      await expectRemoteAudioArriving(page);
    }
    await expect(tileNames(host)).toContainText(["Gus Guest"]);
    await expect(tileNames(guest)).toContainText(["Hana Host"]);
  });

  test("names on the tiles, the people panel and the count follow a third person; chat reaches everyone", async ({
    openPage,
    request,
  }) => {
    const owner = await createTestUser("Olga Owner");
    const meeting = await createMeeting(request, owner);
    const host = await openPage({ user: owner });
    const guest = await openPage();
    await joinCall(host, meeting.link, "Olga Owner");
    await joinCall(guest, meeting.link, "Pat Guest");
    await expect(participantCount(host)).toHaveAttribute("data-count", "2");

    await openPanel(host, "People");
    await expect(personRow(host, "Olga Owner").getByText("Host")).toBeVisible();
    await expect(personRow(host, "Pat Guest")).toBeVisible();
    await expect(personRow(host, "Pat Guest").getByText("Host")).toHaveCount(0);

    const third = await openPage();
    await joinCall(third, meeting.link, "Theo Third");
    for (const page of [host, guest, third]) {
      await expect(participantCount(page)).toHaveAttribute("data-count", "3");
    }
    await expect(tileNames(guest)).toContainText(["Theo Third"]);
    await expect(personRow(host, "Theo Third")).toBeVisible();
    await expect(host.getByTestId("participant-row")).toHaveCount(3);

    // Chat: the third sends; both others receive it, with the sender's name. The guest's chat is closed: unread badge.
    await openPanel(host, "Chat");
    await openPanel(third, "Chat");
    await third.getByRole("textbox", { name: "Message" }).fill("Hello from Theo");
    await third.getByRole("button", { name: "Send message" }).click();
    await expect(third.getByTestId("chat-message").filter({ hasText: "Hello from Theo" })).toContainText("You");
    const received = host.getByTestId("chat-message").filter({ hasText: "Hello from Theo" });
    await expect(received).toContainText("Theo Third");
    await expect(controls(guest).getByRole("button", { name: "Chat" })).toContainText("1");
    await openPanel(guest, "Chat");
    await expect(guest.getByTestId("chat-message").filter({ hasText: "Hello from Theo" })).toBeVisible();

    // Leaving: the third's name goes from the tiles, the panel and the count.
    await controls(third).getByRole("button", { name: "Leave call" }).click();
    await expect(third.getByRole("heading", { name: "You left the meeting" })).toBeVisible();
    for (const page of [host, guest]) await expect(participantCount(page)).toHaveAttribute("data-count", "2");
    await expect(tileNames(guest)).not.toContainText(["Theo Third"]);
    await openPanel(host, "People");
    await expect(personRow(host, "Theo Third")).toHaveCount(0);
  });

  test("a shared screen reaches the others as a screen-share track", async ({ openPage, request }) => {
    // Chromium's fake media flags (testing/chromium.ts) also answer getDisplayMedia with a fake screen,
    // so this goes through the real button, the real capture call and LiveKit's real screen-share publish.
    const meeting = await createMeeting(request, await createTestUser());
    const sharer = await openPage();
    const viewer = await openPage();
    await joinCall(sharer, meeting.link, "Sam Sharer");
    await joinCall(viewer, meeting.link, "Vic Viewer");
    await expect(remoteVideo(viewer, "screen_share")).toHaveCount(0);

    const share = controls(sharer).getByRole("button", { name: "Share screen" });
    await expect(share).toHaveAttribute("aria-pressed", "false");
    await share.click();
    await expect(share).toHaveAttribute("aria-pressed", "true");
    await expectRemoteVideoPlaying(viewer, "screen_share");

    await share.click();
    await expect(share).toHaveAttribute("aria-pressed", "false");
    await expect(remoteVideo(viewer, "screen_share")).toHaveCount(0);
  });

  test("muting the microphone and the camera (buttons and Meet's shortcuts) shows at the others", async ({
    openPage,
    request,
  }) => {
    const meeting = await createMeeting(request, await createTestUser());
    const speaker = await openPage();
    const listener = await openPage();
    await joinCall(speaker, meeting.link, "Mia Muter");
    await joinCall(listener, meeting.link, "Lee Listener");
    await openPanel(listener, "People");
    const row = personRow(listener, "Mia Muter");
    await expect(row.getByRole("img", { name: "Microphone on" })).toBeVisible();
    await expect(row.getByRole("img", { name: "Camera on" })).toBeVisible();

    const microphone = controls(speaker).getByRole("button", { name: "Microphone" });
    const camera = controls(speaker).getByRole("button", { name: "Camera" });
    await expect(microphone).toHaveAttribute("title", "Turn off microphone (Ctrl+E)");
    await expect(camera).toHaveAttribute("title", "Turn off camera (Ctrl+D)");

    await microphone.click();
    await expect(microphone).toHaveAttribute("aria-pressed", "false");
    await expect(row.getByRole("img", { name: "Microphone off" })).toBeVisible();
    await speaker.keyboard.press("Control+d");
    await expect(camera).toHaveAttribute("aria-pressed", "false");
    await expect(row.getByRole("img", { name: "Camera off" })).toBeVisible();
    // LiveKit's own tile shows it too.
    await expect(listener.locator('.lk-participant-tile[data-lk-local-participant="false"]').first()).toHaveAttribute(
      "data-lk-video-muted",
      "true",
    );

    await speaker.keyboard.press("Control+e");
    await expect(microphone).toHaveAttribute("aria-pressed", "true");
    await expect(row.getByRole("img", { name: "Microphone on" })).toBeVisible();
    await camera.click();
    await expect(row.getByRole("img", { name: "Camera on" })).toBeVisible();
    await expectRemoteVideoPlaying(listener);
  });

  test("a meeting limited to two shows the third person the full-room page, and Retry works once a seat frees", async ({
    openPage,
    request,
  }) => {
    const meeting = await createMeeting(request, await createTestUser(), { options: { maxParticipants: 2 } });
    const first = await openPage();
    const second = await openPage();
    const third = await openPage();
    await joinCall(first, meeting.link, "First");
    await joinCall(second, meeting.link, "Second");

    // LiveKit refuses the socket without a reason the browser can read; the page asks Qari, which asks LiveKit.
    await third.goto(meeting.link);
    await third.getByLabel("Your name").fill("Third");
    const occupancy = third.waitForResponse((response) => response.url().endsWith(`/${meeting.code}/occupancy`));
    await third.getByRole("button", { name: "Join meeting" }).click();
    expect(await (await occupancy).json()).toEqual({ participants: 2, maxParticipants: 2, full: true });
    await expect(third.getByRole("heading", { name: "This meeting is full" })).toBeVisible();
    await expect(participantCount(first)).toHaveAttribute("data-count", "2");

    await controls(second).getByRole("button", { name: "Leave call" }).click();
    await expect(participantCount(first)).toHaveAttribute("data-count", "1");
    await third.getByRole("button", { name: "Retry" }).click();
    await expect(controls(third)).toBeVisible({ timeout: 20_000 });
    await expect(participantCount(first)).toHaveAttribute("data-count", "2");
  });

  test("leaving goes to the left page and Rejoin works; a closed tab leaves the others' call", async ({
    openPage,
    request,
  }) => {
    const meeting = await createMeeting(request, await createTestUser(), { title: "Standup" });
    const stayer = await openPage();
    const leaver = await openPage();
    await joinCall(stayer, meeting.link, "Stella Stays");
    await joinCall(leaver, meeting.link, "Leo Leaves");
    await expect(participantCount(stayer)).toHaveAttribute("data-count", "2");

    await controls(leaver).getByRole("button", { name: "Leave call" }).click();
    await expect(leaver).toHaveURL(`${meeting.link}/left`);
    await expect(leaver.getByRole("heading", { name: "You left the meeting" })).toBeVisible();
    await expect(participantCount(stayer)).toHaveAttribute("data-count", "1");

    await leaver.getByRole("link", { name: "Rejoin" }).click();
    await expect(leaver.getByLabel("Your name")).toHaveValue("Leo Leaves");
    await leaver.getByRole("button", { name: "Join meeting" }).click();
    await expect(controls(leaver)).toBeVisible({ timeout: 20_000 });
    await expect(participantCount(stayer)).toHaveAttribute("data-count", "2");
    await expectRemoteVideoPlaying(stayer);

    // A tab closed without leaving: LiveKit notices the dropped connection and tells the others.
    await leaver.close();
    await expect(participantCount(stayer)).toHaveAttribute("data-count", "1", { timeout: 45_000 });
    await expect(tileNames(stayer)).not.toContainText(["Leo Leaves"]);
  });

  test("the host's token administers the room through LiveKit's room service; a guest's is refused", async ({
    openPage,
    request,
  }) => {
    const owner = await createTestUser("Ada Admin");
    const meeting = await createMeeting(request, owner);
    const host = await openPage({ user: owner });
    const tokenResponse = host.waitForResponse((response) => response.url().endsWith(`/${meeting.code}/token`));
    await joinCall(host, meeting.link, "Ada Admin");
    const hostToken = (await (await tokenResponse).json()) as { token: string; role: string; identity: string };
    expect(hostToken).toMatchObject({ role: "host", identity: owner.id });

    const guestResponse = await request.post(`/api/v1/meetings/${meeting.code}/token`, { data: { name: "Gil" } });
    const guestToken = (await guestResponse.json()) as { token: string; role: string };
    expect(guestToken.role).toBe("guest");

    const listParticipants = (token: string) =>
      request.post(`${livekitHttpUrl()}/twirp/livekit.RoomService/ListParticipants`, {
        headers: { authorization: `Bearer ${token}` },
        data: { room: meeting.roomName },
      });
    const listed = await listParticipants(hostToken.token);
    expect(listed.status()).toBe(200);
    const { participants } = (await listed.json()) as { participants: { identity: string; name: string }[] };
    expect(participants).toEqual([expect.objectContaining({ identity: owner.id, name: "Ada Admin" })]);

    expect((await listParticipants(guestToken.token)).status()).toBe(401);
    // The role everyone sees (the host badge) travels in the token, signed.
    const claims = await new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(guestToken.token);
    expect(claims.attributes).toEqual({ role: "guest" });
  });

  test("the in-call screen has no WCAG A/AA violations and fits a 390 px phone, panels as full-screen sheets", async ({
    openPage,
    request,
  }) => {
    const owner = await createTestUser("Phoebe Phone");
    const meeting = await createMeeting(request, owner, { title: "On the go" });
    const phone = await openPage({ user: owner, viewport: { width: 390, height: 844 } });
    const other = await openPage();
    await joinCall(phone, meeting.link, "Phoebe Phone");
    await joinCall(other, meeting.link, "Desk Person");
    await expectRemoteVideoPlaying(phone);

    // Nothing sticks out sideways; every control is on screen and big enough to tap.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const buttons = await controls(phone).getByRole("button").all();
    expect(buttons).toHaveLength(8);
    for (const button of buttons) {
      await expect(button).toBeInViewport({ ratio: 1 });
      expect(await button.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThanOrEqual(40);
    }
    await expectNoAxeViolations(phone);

    // The owner can copy the link and invite by email from inside the call; the panel covers the screen.
    await openPanel(phone, "Invite people");
    const sheet = phone.getByTestId("invite");
    expect((await sheet.boundingBox())?.width).toBe(390);
    await expect(sheet.getByTestId("invite-link")).toHaveText(meeting.link);
    await expect(sheet.getByRole("button", { name: "Copy meeting link" })).toBeVisible();
    await expect(sheet.getByLabel("Email addresses")).toBeVisible();
    await expectNoAxeViolations(phone);
    // Escape closes it and gives focus back to the button that opened it.
    await phone.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await expect(controls(phone).getByRole("button", { name: "Invite people" })).toBeFocused();

    // A guest gets the link but no email form.
    await openPanel(other, "Invite people");
    await expect(other.getByTestId("invite-link")).toHaveText(meeting.link);
    await expect(other.getByLabel("Email addresses")).toHaveCount(0);

    // On a phone a sheet covers the control bar: it is closed (here with its close button) before the next opens.
    await openPanel(phone, "People");
    await expect(phone.getByTestId("people")).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(phone);
    await phone.getByRole("button", { name: "Close people" }).click();
    await openPanel(phone, "Chat");
    await expectNoAxeViolations(phone);
  });
});
