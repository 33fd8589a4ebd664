import { beforeAll, describe, expect, inject, it } from "vitest";
import { request } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

// Signed in, /sign-in sends people straight on to its callbackUrl: the place an open redirect hid.
let user: TestUser;
beforeAll(async () => {
  user = await createTestUser();
});

describe("GET /sign-in when signed in", () => {
  it("goes on to a page of Qari's", async () => {
    const response = await request("/sign-in?callbackUrl=%2Fmeetings%2Fnew", { headers: user.asSession });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, inject("baseUrl")).pathname).toBe("/meetings/new");
  });

  it.each(["/%09/evil.example", "//evil.example", "/%5Cevil.example", "/%0a/x", "/%E2%80%A8/x", "https:evil.example"])(
    "never leaves Qari for %s, and never fails",
    async (callbackUrl) => {
      const response = await request(`/sign-in?callbackUrl=${callbackUrl}`, { headers: user.asSession });
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get("location")!, inject("baseUrl"));
      expect(location.origin).toBe(new URL(inject("baseUrl")).origin);
      expect(location.pathname).toBe("/meetings");
    },
  );
});
