import AxeBuilder from "@axe-core/playwright";
import { expectNoAxeViolations } from "../testing/axe";
import { expect, signIn, test } from "../testing/playwright-fixtures";

test.describe("accessibility", () => {
  for (const path of [
    "/",
    "/m/zzz-zzzz-zzz",
    "/sign-in",
    "/sign-out",
    "/meetings",
    "/meetings/new",
    "/settings/api-keys",
  ]) {
    test(`${path} has no WCAG A/AA violations`, async ({ page, context, user, baseURL }) => {
      if (path !== "/sign-in") await signIn(context, user, baseURL!);
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator("main h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the share card has no violations", async ({ page, context, user, baseURL }) => {
    await signIn(context, user, baseURL!);
    await page.goto("/");
    await page.getByRole("button", { name: "New meeting" }).click();
    await expect(page.getByRole("heading", { name: "Your meeting is ready" })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
});
