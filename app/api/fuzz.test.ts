import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { statusesOf } from "@/lib/endpoints/errors-of";
import { allEndpoints } from "@/lib/openapi/all-endpoints";
import { request } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

let user: TestUser;
beforeAll(async () => {
  user = await createTestUser();
});

/**
 * Property: whatever a client sends — any method, id, body, content type or
 * header, to any declared path or none — the API answers with something
 * other than a server error, and with a status the operation declares.
 */
const templates = [...new Set(allEndpoints.map((endpoint) => endpoint.path))];
const endpoints = [
  ...templates.map((template) => ({
    path: (id: string) => template.replace(/\{\w+\}/g, () => id),
    methods: allEndpoints.filter((endpoint) => endpoint.path === template).map(({ method }) => method),
  })),
  { path: (id: string) => `/api/v1/${id}`, methods: ["GET", "POST"] },
];

/** The statuses a request may get: the operation's when one is declared at the path it resolves to. */
function allowedStatuses(method: string, path: string): number[] {
  try {
    decodeURIComponent(path);
  } catch {
    return [400]; // proxy.ts turns malformed percent-encoding away before any route runs.
  }
  const { pathname } = new URL(path, "http://qari.test");
  // Next.js redirects a trailing slash or an empty segment to the path without it.
  if (pathname.endsWith("/") || pathname.includes("//")) return [308];
  const atPath = allEndpoints.filter((endpoint) => matches(endpoint.path, pathname));
  if (method === "OPTIONS") return [204];
  if (atPath.length === 0) return [404]; // The catch-all: no endpoint here.
  const endpoint = atPath.find((candidate) => candidate.method === method);
  return endpoint ? statusesOf(endpoint) : [405];
}

function matches(template: string, pathname: string): boolean {
  return new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`).test(pathname);
}

const anyMethod = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const pathSegment = fc.oneof(
  fc.constantFrom("abc-defg-hij", "ABCDEFGHIJ", "", "..", "%00", "%ff", "null", "0", "-1"),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ minLength: 200, maxLength: 400 }).map(encodeURIComponent),
);
const jsonish = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        title: fc.oneof(fc.jsonValue(), fc.string({ unit: "binary", maxLength: 50 })),
        description: fc.oneof(fc.jsonValue(), fc.string({ unit: "binary", maxLength: 50 })),
        startsAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        durationMinutes: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
        timeZone: fc.oneof(fc.constantFrom("Europe/Berlin", "UTC", "Nowhere/Land"), fc.jsonValue()),
        provider: fc.oneof(fc.constantFrom("livekit", "jitsi", "zoom"), fc.jsonValue()),
        options: fc.oneof(
          fc.record({ maxParticipants: fc.jsonValue(), emptyTimeoutSeconds: fc.jsonValue() }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
);
const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "application/problem+json",
      "multipart/form-data",
    ),
    printable,
  ),
  { nil: undefined },
);

describe("the API under random input", () => {
  it("never answers with a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.oneof(anyMethod, fc.constant<string | null>(null)),
        pathSegment,
        fc.option(jsonish, { nil: undefined }),
        contentType,
        // Valid credentials too, so that requests get past authentication into validation.
        fc.constantFrom<(u: TestUser) => Record<string, string>>(
          () => ({}),
          (u) => u.asKey,
          (u) => u.asSession,
        ),
        fc.dictionary(
          fc.constantFrom("accept", "origin", "authorization", "cookie", "x-forwarded-for", "user-agent"),
          printable,
        ),
        async (endpoint, chosen, id, body, type, credentials, headers) => {
          const method = chosen ?? endpoint.methods[0]!;
          const withBody = body !== undefined && method !== "GET" && method !== "HEAD";
          const response = await request(`${endpoint.path(id)}`, {
            method,
            raw: withBody ? body : undefined,
            headers: { ...credentials(user), ...headers, ...(type ? { "content-type": type } : {}) },
          });
          const context = `${method} ${endpoint.path(id)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
          expect(response.status, context).toBeLessThan(500);
          expect(allowedStatuses(method, endpoint.path(id)), context).toContain(response.status);
        },
      ),
      { numRuns: 400 },
    );
  }, 180_000);
});
