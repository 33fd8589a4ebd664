import { expect, test } from "../testing/playwright-fixtures";

// Every spec that imports these fixtures fails on a Content-Security-Policy
// violation; these two prove the policy bites and that the heaviest page lives with it.
test.describe("Content-Security-Policy", () => {
  test("refuses markup-borne script (the XSS shape), and the suite notices", async ({ page, cspViolations }) => {
    await page.goto("/");
    // What an injection through markup looks like: an inline event handler, run by no nonce'd script.
    await page.evaluate(() => {
      const holder = document.createElement("div");
      holder.innerHTML = '<img src="data:," onload="window.injected = true" alt="">';
      document.body.append(holder);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => "injected" in window)).toBe(false);
    cspViolations.length = 0; // Seen and expected: not a failure of this test.
  });

  test("the interactive API docs work under it", async ({ page }) => {
    await page.goto("/docs");
    await expect(page.getByRole("heading", { name: /Qari/ }).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("/api/v1/meetings").first()).toBeVisible();
  });
});
