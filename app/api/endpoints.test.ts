import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EndpointDeclaration } from "@/lib/endpoints/endpoint";
import { errorsOf, statusesOf } from "@/lib/endpoints/errors-of";
import { allEndpoints } from "@/lib/openapi/all-endpoints";
import { errorResponseSchema } from "@/lib/openapi/error-schema";
import { request } from "@/testing/http";
import { createTestUser, type TestUser } from "@/testing/users";

/**
 * Walks the declaration list: every declared endpoint has its route file and
 * answers as declared, every route file serves declared endpoints only, and
 * the OpenAPI document says what each endpoint can answer.
 */

/** Route files under app/api as OpenAPI paths ("[id]" → "{id}"), without the catch-all and next-auth's. */
function routePaths(dir = import.meta.dirname, prefix = "/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return entry.name === "route.ts" ? [prefix] : [];
    if (entry.name.startsWith("[...") || entry.name === "auth") return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

const paths = [...new Set(allEndpoints.map((endpoint) => endpoint.path))];
const methodsAt = (at: string) => allEndpoints.filter((endpoint) => endpoint.path === at).map(({ method }) => method);
/** A concrete URL for a declared path: parameters that name nothing, so nothing is changed by accident. */
const concrete = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => `no-such-${name}`);

let user: TestUser;
beforeAll(async () => {
  user = await createTestUser("Endpoint walker");
});

describe("the endpoint declarations", () => {
  it("match the route files one to one", () => {
    expect(routePaths().sort()).toEqual([...paths].sort());
  });

  it("have unique operation ids and one endpoint per method and path", () => {
    const ids = allEndpoints.map((endpoint) => endpoint.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = allEndpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  for (const endpoint of allEndpoints) {
    describe(`${endpoint.method} ${endpoint.path}`, () => {
      it("answers an anonymous call as declared", async () => {
        const response = await callWithoutInput(endpoint, {});
        if (endpoint.access === "signedIn" || endpoint.access === "session") {
          expect(response.status).toBe(401);
          expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        }
      });

      it("answers a signed-in call without input as declared", async () => {
        await callWithoutInput(endpoint, user.asSession);
      });

      it("refuses a bad API key with 401 unless it identifies nobody", async () => {
        const response = await callWithoutInput(endpoint, { authorization: "Bearer qari_revoked" });
        if (endpoint.access !== "public") expect(response.status).toBe(401);
      });
    });
  }

  for (const at of paths) {
    it(`answers other methods at ${at} with 405 and what it allows`, async () => {
      const declared = methodsAt(at);
      const allow = [...declared, ...(declared.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !declared.some((d) => d === m))) {
        const response = await request(concrete(at), { method, headers: user.asSession });
        expect(response.status, method).toBe(405);
        expect(response.headers.get("allow")).toBe(allow);
      }
      const preflight = await request(concrete(at), { method: "OPTIONS" });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("allow")).toBe(allow);
    });
  }
});

describe("the OpenAPI document", () => {
  it("lists exactly the statuses each endpoint declares, 401 wherever a credential can be refused", async () => {
    const { body } = await request("/api/openapi.json");
    for (const endpoint of allEndpoints) {
      const operation = body.paths[endpoint.path][endpoint.method.toLowerCase()];
      expect(operation.operationId).toBe(endpoint.operationId);
      const documented = Object.keys(operation.responses).map(Number).sort();
      expect(documented, endpoint.operationId).toEqual(statusesOf(endpoint).sort());
      // A public endpoint may still check a credential of its own (LiveKit's webhook signature).
      const refusesCredentials = endpoint.access !== "public" || !!endpoint.errors?.includes("unauthorized");
      expect(documented.includes(401), endpoint.operationId).toBe(refusesCredentials);
    }
  });

  it("derives the errors access and input imply", () => {
    const byId = new Map(allEndpoints.map((endpoint) => [endpoint.operationId, endpoint]));
    expect(errorsOf(byId.get("createJoinToken")!)).toEqual([
      "bad_request",
      "unauthorized",
      "not_found",
      "conflict",
      "gone",
      "payload_too_large",
      "unsupported_media_type",
      "validation_failed",
      "service_unavailable",
    ]);
    expect(errorsOf(byId.get("revokeApiKey")!)).toEqual([
      "unauthorized",
      "forbidden",
      "not_found",
      "service_unavailable",
    ]);
    expect(errorsOf(byId.get("health")!)).toEqual([]);
  });
});

/** Calls an endpoint with no body, query or real parameters, and checks the answer against its declaration. */
async function callWithoutInput(endpoint: EndpointDeclaration, headers: Record<string, string>) {
  const response = await request(concrete(endpoint.path), { method: endpoint.method, headers });
  const context = `${endpoint.operationId} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  expect(statusesOf(endpoint), context).toContain(response.status);
  if (response.status === endpoint.response.status) {
    if (endpoint.response.schema) endpoint.response.schema.parse(response.body);
    for (const [name, value] of Object.entries(endpoint.response.headers ?? {})) {
      expect(response.headers.get(name), name).toBe(value);
    }
  } else if (!endpoint.otherResponses?.[response.status]) {
    errorResponseSchema.parse(response.body);
  }
  return response;
}
