import { beforeAll, describe, expect, it } from "vitest";
import { expectApiError, request } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

// Text no field can hold (a lone UTF-16 surrogate, NUL) gave 500s: PostgreSQL and the
// database driver refuse it. Every endpoint now refuses it up front, the same way.
let user: TestUser;
beforeAll(async () => {
  user = await createTestUser();
});

const loneSurrogate = '"\\ud800"'; // JSON's escape: JSON.stringify would never write one.

describe("text that is not valid Unicode", () => {
  it.each([
    ["/api/v1/generate-link", `{"title":${loneSurrogate},"provider":"jitsi"}`, "title"],
    ["/api/v1/meetings", `{"title":${loneSurrogate}}`, "title"],
    ["/api/v1/meetings", `{"title":"Ok","description":"a\\u0000b"}`, "description"],
    ["/api/v1/api-keys", `{"name":${loneSurrogate}}`, "name"],
    ["/api/v1/meetings", `{${loneSurrogate}:1}`, "\ud800"],
  ])("POST %s with %s is a 422 naming the field", async (path, raw, field) => {
    const response = await request(path, {
      raw,
      headers: { ...user.asSession, "content-type": "application/json" },
    });
    const error = expectApiError(response, 422, "validation_failed");
    expect(error.details).toContainEqual(expect.objectContaining({ path: field, code: "invalid_text" }));
  });

  it("in a query string is a 422, in a path a 404", async () => {
    const query = await request("/api/v1/meetings?cursor=%00", { headers: user.asKey });
    expect(expectApiError(query, 422, "validation_failed").details).toContainEqual(
      expect.objectContaining({ path: "cursor", code: "invalid_text" }),
    );
    const path = await request("/api/v1/meetings/abc%00defghij", { headers: user.asKey });
    expectApiError(path, 404, "not_found");
  });
});
