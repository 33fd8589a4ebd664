import { expect, signIn, test } from "../testing/playwright-fixtures";

test.describe("meetings from the home page", () => {
  test("create a meeting, copy its link, open it, and join it by code", async ({ page, context, baseURL, user }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(context, user, baseURL!);
    await page.goto("/");
    await page.getByRole("button", { name: "New meeting" }).click();

    await expect(page.getByRole("heading", { name: "Your meeting is ready" })).toBeVisible();
    const link = await page.getByLabel("Meeting link").inputValue();
    expect(link).toMatch(new RegExp(`^${baseURL}/m/[a-z]{3}-[a-z]{4}-[a-z]{3}$`));
    const code = link.split("/m/")[1]!;
    await expect(page.getByTestId("meeting-code")).toHaveText(code);
    await expect(page.getByRole("img", { name: `QR code for ${link}` })).toBeVisible();

    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Untitled meeting" })).toBeVisible();
    await expect(page.getByText(code).first()).toBeVisible();

    // Join by code, typed in capitals without dashes: the canonical link opens.
    await page.goto("/");
    await page.getByLabel("Join with a code").fill(code.replaceAll("-", "").toUpperCase());
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page).toHaveURL(`${baseURL}/m/${code}`);
    await expect(page.getByRole("heading", { level: 1, name: "Untitled meeting" })).toBeVisible();

    // A pasted link works as well.
    await page.goto("/");
    await page.getByLabel("Join with a code").fill(`  ${link}  `);
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page).toHaveURL(`${baseURL}/m/${code}`);
  });

  test("anonymous visitors are asked to sign in before starting a meeting", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Sign in to start a meeting" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(\/|%2F)$/);
    await expect(page.getByRole("heading", { name: "Sign in to Qari" })).toBeVisible();
  });

  test("a broken code shows the not-found page", async ({ page }) => {
    for (const path of ["/m/zzz-zzzz-zzz", "/m/not-a-code"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "No meeting at this link" })).toBeVisible();
    }
  });

  test("the join form explains what it expects", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Join with a code").fill("hello");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.getByText("Enter a code like abc-defg-hij, or paste the meeting link.")).toBeVisible();
    await expect(page.getByLabel("Join with a code")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/$/);
  });
});
