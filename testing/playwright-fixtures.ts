import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { createTestUser, type TestUser } from "@/testing/users";

/** Signs a browser context in as `user`: the session cookie next-auth would have set. */
export async function signIn(context: BrowserContext, user: TestUser, baseURL: string): Promise<void> {
  await context.addCookies([
    { name: "authjs.session-token", value: user.sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}

/**
 * `user`: a fresh user with a database session and an API key, for `signIn` or API calls.
 * `cspViolations` (automatic): fails any test whose pages broke the Content-Security-Policy —
 * Chromium reports each refused script, connection, frame or style on the console.
 */
export const test = base.extend<{ user: TestUser; cspViolations: string[] }>({
  user: async ({}, use) => {
    await use(await createTestUser("Ada Lovelace"));
  },
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const watch = (page: Page) =>
        page.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
        });
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
