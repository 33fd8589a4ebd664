import { randomUUID } from "node:crypto";
import { createTestUser } from "@/testing/users";
import { expect, signIn, test } from "../testing/playwright-fixtures";
import { waitForMail } from "../testing/mail-peer";

test.describe("accounts and the dashboard", () => {
  test("a new user signs in by magic link, schedules a meeting, signs out and can no longer reach it", async ({
    page,
  }) => {
    const email = `new-${randomUUID()}@example.test`;

    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmeetings$/);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Check your email")).toBeVisible();

    // The link arrives at the real SMTP peer the app sends through.
    const mail = await waitForMail(email);
    expect(mail.subject).toBe("Your Qari sign-in link");
    const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);

    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your meetings" })).toBeVisible();
    await expect(page.getByText("Nothing scheduled. Schedule a meeting to see it here.")).toBeVisible();

    await page.getByRole("link", { name: "New meeting" }).click();
    await page.getByLabel("Title").fill("Design review");
    await page.getByLabel("Scheduled").check();
    await page.getByLabel("Date").fill("2031-05-06");
    await page.getByLabel("Time", { exact: true }).fill("14:30");
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByLabel("Duration").selectOption("45");
    await page.getByRole("button", { name: "Create meeting" }).click();

    await expect(page.getByText("Meeting created")).toBeVisible();
    await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
    const settingsUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: "Design review" })).toBeVisible();
    const meetingLink = await page.getByLabel("Meeting link").inputValue();

    await page.goto("/meetings");
    const upcoming = page.getByRole("region", { name: "Upcoming" });
    await expect(upcoming.getByRole("link", { name: "Design review", exact: true })).toBeVisible();
    await expect(upcoming.getByText("Tue, 6 May 2031, 14:30 CEST")).toBeVisible();
    await expect(upcoming.getByText("45 min")).toBeVisible();

    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto(settingsUrl);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmeetings$/);
    // The meeting's link itself stays open to anyone.
    await page.goto(meetingLink);
    await expect(page.getByRole("heading", { level: 1, name: "Design review" })).toBeVisible();
  });

  test("a second user cannot open the first user's meeting settings", async ({ page, context, baseURL, user }) => {
    const created = await page.request.post("/api/v1/meetings", {
      headers: { authorization: `Bearer ${user.apiKey}` },
      data: { title: "Private planning", provider: "jitsi" },
    });
    expect(created.status()).toBe(201);
    const meeting = (await created.json()) as { id: string };

    const intruder = await createTestUser("Mallory");
    await signIn(context, intruder, baseURL!);
    const response = await page.goto(`/meetings/${meeting.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Private planning")).toHaveCount(0);

    await page.goto("/meetings");
    await expect(page.getByText("Private planning")).toHaveCount(0);
  });

  test("the meeting form shows field errors inline, edits, and deletes", async ({ page, context, baseURL, user }) => {
    await signIn(context, user, baseURL!);
    await page.goto("/meetings/new");
    await page.getByLabel("Title").fill("x".repeat(5) + "\u0007");
    await page.getByLabel("Scheduled").check();
    await page.getByRole("button", { name: "Create meeting" }).click();
    await expect(page.getByText("Must not contain control characters.")).toBeVisible();
    await expect(page.getByText("Pick a date and a time.")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Title").fill("Retro");
    await page.getByLabel("Any time (start now)").check();
    await page.getByRole("button", { name: "Create meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Retro" })).toBeVisible();

    await page.getByLabel("Title").fill("Sprint retro");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sprint retro" })).toBeVisible();

    await page.goto("/meetings");
    await expect(
      page.getByRole("region", { name: "Any time" }).getByRole("link", { name: "Sprint retro", exact: true }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Settings of Sprint retro" }).click();
    await page.getByRole("button", { name: "Delete meeting" }).click();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByText("Meeting deleted")).toBeVisible();
    await expect(page.getByText("Sprint retro")).toHaveCount(0);
  });

  test("API keys: create one, see it once, use it, revoke it", async ({ page, context, baseURL, user }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(context, user, baseURL!);
    await page.goto("/settings/api-keys");
    await page.getByLabel("New key’s name").fill("Deploy bot");
    await page.getByRole("button", { name: "Create key" }).click();

    const dialog = page.getByRole("dialog", { name: "Your new API key" });
    const key = await dialog.getByLabel("API key").inputValue();
    expect(key).toMatch(/^qari_[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole("button", { name: "Copy" }).click();
    await expect(page.getByText("Key copied")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();

    const keys = page.getByRole("list", { name: "API keys" });
    await expect(keys.getByText("Deploy bot")).toBeVisible();
    await expect(keys.getByText(key.slice(0, 9))).toBeVisible();
    await expect(page.getByText(key)).toHaveCount(0); // never shown again

    const api = (await page.request.get("/api/v1/meetings", { headers: { authorization: `Bearer ${key}` } })).status();
    expect(api).toBe(200);
    await page.reload();
    await expect(keys.getByText(/last used/)).toBeVisible();

    await page.getByRole("button", { name: "Revoke Deploy bot" }).click();
    await expect(page.getByText("“Deploy bot” revoked")).toBeVisible();
    await expect(keys.getByText("Deploy bot")).toHaveCount(0);
    const revoked = await page.request.get("/api/v1/meetings", { headers: { authorization: `Bearer ${key}` } });
    expect(revoked.status()).toBe(401);
  });

  test("the owner invites people by email from the meeting's settings", async ({ page, context, baseURL, user }) => {
    await signIn(context, user, baseURL!);
    const created = await page.request.post("/api/v1/meetings", {
      headers: { authorization: `Bearer ${user.apiKey}` },
      data: { title: "Launch party", provider: "jitsi" },
    });
    const meeting = (await created.json()) as { id: string; link: string };
    const [first, second] = [`guest-${randomUUID()}@example.test`, `guest-${randomUUID()}@example.test`];

    await page.goto(`/meetings/${meeting.id}`);
    await page.getByLabel("Email addresses").fill(`${first}, not-an-address`);
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(page.getByText("“not-an-address” is not an email address.")).toBeVisible();

    await page.getByLabel("Email addresses").fill(`${first},\n${second}`);
    await page.getByLabel("Message (optional)").fill("Cake at four.");
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(page.getByText("Invited 2 people")).toBeVisible();

    for (const address of [first, second]) {
      const mail = await waitForMail(address);
      expect(mail.subject).toBe("Invitation: Launch party");
      expect(mail.text).toContain(meeting.link);
      expect(mail.text).toContain("Ada Lovelace invites you to");
      expect(mail.text).toContain("Cake at four.");
    }
  });
});
