import { beforeAll, describe, expect, it } from "vitest";
import { meetingListSchema, type MeetingResource } from "@/lib/meetings/schemas";
import { request } from "@/testing/http";
import { createTestUser, revokeTestApiKey, type TestUser } from "@/testing/users";

/**
 * The authorization matrix: every API route called by an anonymous caller,
 * the owner by session, the owner by API key, another user, and a revoked
 * key, against the real server and database.
 */
type Caller = "anonymous" | "ownerBySession" | "ownerByKey" | "otherUser" | "revokedKey";

let owner: TestUser;
let other: TestUser;
let revoked: TestUser;

beforeAll(async () => {
  [owner, other, revoked] = await Promise.all([createTestUser("Owner"), createTestUser("Other"), createTestUser()]);
  await revokeTestApiKey(revoked);
});

function credentials(caller: Caller): Record<string, string> {
  switch (caller) {
    case "anonymous":
      return {};
    case "ownerBySession":
      return owner.asSession;
    case "ownerByKey":
      return owner.asKey;
    case "otherUser":
      return other.asSession;
    case "revokedKey":
      return revoked.asKey;
  }
}

async function ownersMeeting(): Promise<MeetingResource> {
  const response = await request("/api/v1/meetings", { json: { provider: "jitsi" }, headers: owner.asKey });
  expect(response.status).toBe(201);
  return response.body as MeetingResource;
}

async function ownersKeyId(): Promise<string> {
  const response = await request("/api/v1/api-keys", { json: { name: "Matrix" }, headers: owner.asSession });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
}

interface Route {
  name: string;
  /** Makes what the call needs (a fresh meeting or key of the owner's) and returns the request. */
  call: () => Promise<{ path: string; method: string; json?: unknown }>;
  expected: Record<Caller, number>;
}

const routes: Route[] = [
  {
    name: "GET /api/v1/meetings",
    call: () => Promise.resolve({ path: "/api/v1/meetings", method: "GET" }),
    expected: { anonymous: 401, ownerBySession: 200, ownerByKey: 200, otherUser: 200, revokedKey: 401 },
  },
  {
    name: "POST /api/v1/meetings",
    call: () => Promise.resolve({ path: "/api/v1/meetings", method: "POST", json: { provider: "jitsi" } }),
    expected: { anonymous: 401, ownerBySession: 201, ownerByKey: 201, otherUser: 201, revokedKey: 401 },
  },
  {
    name: "GET /api/v1/meetings/{id}",
    call: async () => ({ path: `/api/v1/meetings/${(await ownersMeeting()).id}`, method: "GET" }),
    expected: { anonymous: 401, ownerBySession: 200, ownerByKey: 200, otherUser: 404, revokedKey: 401 },
  },
  {
    name: "GET /api/v1/meetings/{code}",
    call: async () => ({ path: `/api/v1/meetings/${(await ownersMeeting()).code}`, method: "GET" }),
    expected: { anonymous: 401, ownerBySession: 200, ownerByKey: 200, otherUser: 404, revokedKey: 401 },
  },
  {
    name: "PATCH /api/v1/meetings/{id}",
    call: async () => ({
      path: `/api/v1/meetings/${(await ownersMeeting()).id}`,
      method: "PATCH",
      json: { title: "Renamed" },
    }),
    expected: { anonymous: 401, ownerBySession: 200, ownerByKey: 200, otherUser: 404, revokedKey: 401 },
  },
  {
    name: "DELETE /api/v1/meetings/{id}",
    call: async () => ({ path: `/api/v1/meetings/${(await ownersMeeting()).id}`, method: "DELETE" }),
    expected: { anonymous: 401, ownerBySession: 204, ownerByKey: 204, otherUser: 404, revokedKey: 401 },
  },
  {
    name: "POST /api/v1/meetings/{id}/invitations",
    call: async () => ({
      path: `/api/v1/meetings/${(await ownersMeeting()).id}/invitations`,
      method: "POST",
      json: { to: "invitee@example.test" },
    }),
    expected: { anonymous: 401, ownerBySession: 201, ownerByKey: 201, otherUser: 404, revokedKey: 401 },
  },
  {
    name: "POST /api/v1/generate-link",
    call: () => Promise.resolve({ path: "/api/v1/generate-link", method: "POST", json: { provider: "jitsi" } }),
    expected: { anonymous: 401, ownerBySession: 201, ownerByKey: 201, otherUser: 201, revokedKey: 401 },
  },
  {
    name: "POST /api/v1/send-email",
    call: () =>
      Promise.resolve({
        path: "/api/v1/send-email",
        method: "POST",
        json: { to: "guest@example.test", provider: "jitsi" },
      }),
    expected: { anonymous: 401, ownerBySession: 201, ownerByKey: 201, otherUser: 201, revokedKey: 401 },
  },
  {
    name: "GET /api/v1/api-keys",
    call: () => Promise.resolve({ path: "/api/v1/api-keys", method: "GET" }),
    // Keys are managed from a session only: a key cannot list, mint or revoke keys.
    expected: { anonymous: 401, ownerBySession: 200, ownerByKey: 403, otherUser: 200, revokedKey: 401 },
  },
  {
    name: "POST /api/v1/api-keys",
    call: () => Promise.resolve({ path: "/api/v1/api-keys", method: "POST", json: { name: "Another" } }),
    expected: { anonymous: 401, ownerBySession: 201, ownerByKey: 403, otherUser: 201, revokedKey: 401 },
  },
  {
    name: "DELETE /api/v1/api-keys/{id}",
    call: async () => ({ path: `/api/v1/api-keys/${await ownersKeyId()}`, method: "DELETE" }),
    expected: { anonymous: 401, ownerBySession: 204, ownerByKey: 403, otherUser: 404, revokedKey: 401 },
  },
];

const callers: Caller[] = ["anonymous", "ownerBySession", "ownerByKey", "otherUser", "revokedKey"];

describe("the authorization matrix", () => {
  for (const route of routes) {
    for (const caller of callers) {
      it(`${route.name} as ${caller} → ${route.expected[caller]}`, async () => {
        const { path, method, json } = await route.call();
        const response = await request(path, { method, json, headers: credentials(caller) });
        expect(response.status, JSON.stringify(response.body)).toBe(route.expected[caller]);
        if (response.status === 401) {
          expect(response.body.error.code).toBe("unauthorized");
          expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        }
      });
    }
  }
});

describe("ownership", () => {
  it("lists only the caller's own meetings", async () => {
    const mine = await ownersMeeting();
    const seenByOther = meetingListSchema.parse(
      (await request("/api/v1/meetings?limit=100", { headers: other.asKey })).body,
    );
    expect(seenByOther.data.map((meeting) => meeting.id)).not.toContain(mine.id);
    const seenByOwner = meetingListSchema.parse(
      (await request("/api/v1/meetings?limit=100", { headers: owner.asSession })).body,
    );
    expect(seenByOwner.data.map((meeting) => meeting.id)).toContain(mine.id);
  });

  it("never shows another user's meeting, not even that it exists", async () => {
    const mine = await ownersMeeting();
    const response = await request(`/api/v1/meetings/${mine.id}`, { headers: other.asKey });
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain(mine.code);
  });

  it("refuses malformed and unknown bearer tokens like revoked ones", async () => {
    for (const authorization of ["Bearer nonsense", `Bearer qari_${"A".repeat(43)}`, "Basic dXNlcjpwYXNz", "Bearer"]) {
      const response = await request("/api/v1/meetings", { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
    }
  });

  it("takes an empty Bearer for no credential, so the session still counts (the docs' try-it-out)", async () => {
    const { asSession } = await createTestUser();
    for (const authorization of ["Bearer", "Bearer ", "bearer  "]) {
      const response = await request("/api/v1/meetings", { headers: { ...asSession, authorization } });
      expect(response.status, JSON.stringify(authorization)).toBe(200);
    }
  });

  it("refuses a session cookie that names no session, or an expired one", async () => {
    const response = await request("/api/v1/meetings", { headers: { cookie: "authjs.session-token=forged" } });
    expect(response.status).toBe(401);
  });

  it("records when a key was last used", async () => {
    const user = await createTestUser();
    const before = await request("/api/v1/api-keys", { headers: user.asSession });
    expect(before.body.data[0].lastUsedAt).toBeNull();
    await request("/api/v1/meetings", { headers: user.asKey });
    await expect
      .poll(async () => (await request("/api/v1/api-keys", { headers: user.asSession })).body.data[0].lastUsedAt)
      .not.toBeNull();
  });

  it("shows a new key once, stores only its hash, and refuses it once revoked", async () => {
    const user = await createTestUser();
    const created = await request("/api/v1/api-keys", { json: { name: "Deploy bot" }, headers: user.asSession });
    expect(created.status).toBe(201);
    const { key, id, prefix } = created.body as { key: string; id: string; prefix: string };
    expect(key).toMatch(/^qari_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const listed = await request("/api/v1/api-keys", { headers: user.asSession });
    expect(JSON.stringify(listed.body)).not.toContain(key);

    expect((await request("/api/v1/meetings", { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await request(`/api/v1/api-keys/${id}`, { method: "DELETE", headers: user.asSession })).status).toBe(204);
    expect((await request("/api/v1/meetings", { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
  });

  it("validates key names", async () => {
    const user = await createTestUser();
    const response = await request("/api/v1/api-keys", { json: { name: "  " }, headers: user.asSession });
    expect(response.status).toBe(422);
    expect(response.body.error.details[0].path).toBe("name");
  });
});
