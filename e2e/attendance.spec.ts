import { expectNoAxeViolations } from "../testing/axe";
import { expect, signIn, test } from "../testing/playwright-fixtures";

// With the run's real LiveKit server, whose webhooks reach this Playwright app
// server: a guest joins and leaves in Chromium; the owner's dashboard and a
// second visitor's pre-join screen follow along without reloading, and the
// attendance records exactly that stay.

type Meeting = { id: string; code: string; link: string };

test("a guest's stay shows live on the dashboard and the meeting page, then in the attendance", async ({
  page,
  context,
  browser,
  request,
  user,
  baseURL,
}) => {
  test.slow();
  const created = await request.post("/api/v1/meetings", {
    headers: user.asKey,
    data: { provider: "livekit", title: "Attendance check" },
  });
  expect(created.status()).toBe(201);
  const meeting = (await created.json()) as Meeting;

  await signIn(context, user, baseURL!);
  await page.goto("/meetings");
  const row = page.getByRole("listitem").filter({ hasText: "Attendance check" });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("live-badge")).toHaveCount(0);

  const watcherContext = await browser.newContext();
  const watcher = await watcherContext.newPage();
  await watcher.goto(meeting.link);
  await expect(watcher.getByTestId("who-is-here")).toHaveText("Nobody is here yet");

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(meeting.link);
  await guest.getByLabel("Your name").fill("Grace Guest");
  const joinedAt = Date.now();
  await guest.getByRole("button", { name: "Join meeting" }).click();

  // LiveKit posts participant_joined; both pages hear of it through their streams.
  await expect(row.getByTestId("live-badge")).toContainText("Live · 1 person", { timeout: 20_000 });
  await expect(row.getByTestId("live-badge")).toContainText("GG");
  await expect(watcher.getByTestId("who-is-here")).toHaveText("Grace Guest is in this meeting", { timeout: 20_000 });

  await guest.getByRole("button", { name: "Leave" }).click();
  await expect(row.getByTestId("live-badge")).toHaveCount(0, { timeout: 20_000 });
  await expect(watcher.getByTestId("who-is-here")).toHaveText("Nobody is here yet", { timeout: 20_000 });
  const leftAt = Date.now();

  const attendance = await request.get(`/api/v1/meetings/${meeting.id}/attendance`, { headers: user.asKey });
  expect(attendance.status()).toBe(200);
  const { sessions } = (await attendance.json()) as {
    sessions: {
      attendees: { name: string; userId: string | null; firstJoinedAt: string; lastLeftAt: string; joins: number }[];
    }[];
  };
  expect(sessions).toHaveLength(1);
  const [grace] = sessions[0]!.attendees;
  expect(sessions[0]!.attendees).toHaveLength(1);
  expect(grace).toMatchObject({ name: "Grace Guest", userId: null, joins: 1 });
  // LiveKit's times are whole seconds.
  expect(Date.parse(grace!.firstJoinedAt)).toBeGreaterThanOrEqual(joinedAt - 1_000);
  expect(Date.parse(grace!.lastLeftAt)).toBeLessThanOrEqual(leftAt + 1_000);

  await page.goto(`/meetings/${meeting.id}/attendance`);
  await expect(page.getByRole("heading", { level: 1, name: "Attendance" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Grace Guest (guest)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    `/api/v1/meetings/${meeting.id}/attendance?format=csv`,
  );
  await expectNoAxeViolations(page);

  await Promise.all([guestContext.close(), watcherContext.close()]);
});
