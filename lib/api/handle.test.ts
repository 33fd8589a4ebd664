import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineEndpoints } from "@/lib/endpoints/endpoint";
import { ApiError } from "@/lib/errors";
import { apiRoute } from "./api-route";
import { parseJsonBody } from "./body";
import { handle } from "./handle";

// The kinds of endpoint Qari does not serve yet but will (signed webhooks,
// CSV downloads, event streams, accepted jobs), declared and run here without
// a server, to show the declaration covers them.

const eventSchema = z.strictObject({ event: z.string() });

const exampleApi = defineEndpoints({
  receiveWebhook: {
    method: "POST",
    path: "/api/v1/example/webhook",
    access: "public",
    summary: "A signed webhook",
    tags: ["Example"],
    rawBody: "application/webhook+json",
    body: eventSchema,
    response: { status: 200, description: "Received.", schema: z.object({ received: z.string() }) },
    errors: ["unauthorized"],
  },
  exportCsv: {
    method: "GET",
    path: "/api/v1/example/export",
    access: "public",
    summary: "A CSV download",
    tags: ["Example"],
    query: z.strictObject({ rows: z.coerce.number().int().min(1).max(3) }),
    response: { status: 200, description: "The rows.", contentType: "text/csv; charset=utf-8" },
  },
  streamEvents: {
    method: "GET",
    path: "/api/v1/example/events",
    access: "public",
    summary: "Server-Sent Events",
    tags: ["Example"],
    response: {
      status: 200,
      description: "Events.",
      contentType: "text/event-stream",
      headers: { "Cache-Control": "no-store" },
    },
  },
  startJob: {
    method: "POST",
    path: "/api/v1/example/jobs/{id}",
    access: "public",
    summary: "Accepted for later",
    tags: ["Example"],
    params: z.object({ id: z.string().regex(/^\d+$/) }),
    body: z.strictObject({ priority: z.int().optional() }),
    bodyOptional: true,
    response: { status: 202, description: "Queued.", schema: z.object({ job: z.string() }) },
  },
  cancelJob: {
    method: "DELETE",
    path: "/api/v1/example/jobs/{id}",
    access: "public",
    summary: "No content",
    tags: ["Example"],
    params: z.object({ id: z.string() }),
    response: { status: 204, description: "Cancelled." },
  },
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

const webhook = apiRoute(
  handle(exampleApi.receiveWebhook, async ({ req, body }) => {
    // The signature covers the exact bytes: check it first, parse after.
    if (req.headers.get("x-signature") !== sha256(body)) throw new ApiError("unauthorized", "Bad signature.");
    const { event } = await parseJsonBody(body, eventSchema);
    return { received: event };
  }),
);
const csv = apiRoute(
  handle(exampleApi.exportCsv, ({ query }) => ["n", ...Array.from({ length: query.rows }, (_, i) => i)].join("\n")),
);
const events = apiRoute(
  handle(
    exampleApi.streamEvents,
    () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("data: hello\n\n"));
          controller.close();
        },
      }),
  ),
);
const jobs = apiRoute(
  handle(exampleApi.startJob, ({ params, body, responseHeaders }) => {
    responseHeaders.set("Location", `/api/v1/example/jobs/${params.id}`);
    return { job: `${params.id}:${body.priority ?? 0}` };
  }),
  handle(exampleApi.cancelJob, () => undefined),
);

function call(
  route: {
    [method: string]: (req: NextRequest, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
  },
  method: string,
  url: string,
  init: { body?: string; headers?: Record<string, string>; params?: Record<string, string> } = {},
) {
  const req = new NextRequest(`http://qari.test${url}`, { method, body: init.body, headers: init.headers });
  return route[method]!(req, { params: Promise.resolve(init.params ?? {}) });
}

describe("an endpoint with a raw body (a signed webhook)", () => {
  const body = JSON.stringify({ event: "room_finished" });
  const headers = { "content-type": "application/webhook+json", "x-signature": sha256(body) };

  it("hands the handler the exact text, then parses it", async () => {
    const response = await call(webhook, "POST", "/api/v1/example/webhook", { body, headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: "room_finished" });
  });

  it("refuses another content type (415) before the handler, a bad signature in it (401)", async () => {
    const wrongType = { ...headers, "content-type": "application/json" };
    expect((await call(webhook, "POST", "/api/v1/example/webhook", { body, headers: wrongType })).status).toBe(415);
    const unsigned = { ...headers, "x-signature": "forged" };
    expect((await call(webhook, "POST", "/api/v1/example/webhook", { body, headers: unsigned })).status).toBe(401);
  });

  it("answers an invalid event with 422 once it is trusted", async () => {
    const invalid = JSON.stringify({ event: 42 });
    const signed = { ...headers, "x-signature": sha256(invalid) };
    const response = await call(webhook, "POST", "/api/v1/example/webhook", { body: invalid, headers: signed });
    expect(response.status).toBe(422);
  });
});

describe("answers that are not JSON", () => {
  it("sends a CSV download with its content type, after checking the query", async () => {
    const response = await call(csv, "GET", "/api/v1/example/export?rows=2");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await response.text()).toBe("n\n0\n1");
    expect((await call(csv, "GET", "/api/v1/example/export?rows=9")).status).toBe(422);
  });

  it("streams Server-Sent Events", async () => {
    const response = await call(events, "GET", "/api/v1/example/events");
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("data: hello\n\n");
  });
});

describe("statuses other than 200", () => {
  it("answers 202 with a Location, and 204 without a body", async () => {
    const accepted = await call(jobs, "POST", "/api/v1/example/jobs/7", { params: { id: "7" } });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get("location")).toBe("/api/v1/example/jobs/7");
    expect(await accepted.json()).toEqual({ job: "7:0" });
    const cancelled = await call(jobs, "DELETE", "/api/v1/example/jobs/7", { params: { id: "7" } });
    expect(cancelled.status).toBe(204);
    expect(await cancelled.text()).toBe("");
  });

  it("answers a path whose parameters do not fit with 404, and an undeclared method with 405", async () => {
    const response = await call(jobs, "POST", "/api/v1/example/jobs/x", { params: { id: "x" } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.details[0].path).toBe("id");
    const get = await call(jobs, "GET", "/api/v1/example/jobs/7", { params: { id: "7" } });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, DELETE, OPTIONS");
  });
});
