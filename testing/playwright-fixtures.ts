import { test as base, expect, type BrowserContext } from "@playwright/test";
import { createTestUser, type TestUser } from "@/testing/users";

/** Signs a browser context in as `user`: the session cookie next-auth would have set. */
export async function signIn(context: BrowserContext, user: TestUser, baseURL: string): Promise<void> {
  await context.addCookies([
    { name: "authjs.session-token", value: user.sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** `user`: a fresh user with a database session and an API key, for `signIn` or API calls. */
export const test = base.extend<{ user: TestUser }>({
  user: async ({}, use) => {
    await use(await createTestUser("Ada Lovelace"));
  },
});

export { expect };
