import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { request } from "@/testing/http";

/** Every route file under app/api/v1, as an OpenAPI path ("[id]" → "{id}"). */
function apiV1Paths(dir = path.join(import.meta.dirname, "../v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return entry.name === "route.ts" ? [prefix] : [];
    const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return apiV1Paths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const response = await request("/api/openapi.json");
    expect(response.status).toBe(200);
    const result = await new Validator().validate(response.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(response.body.openapi).toBe("3.1.0");
  });

  it("gives numbers their real bounds, never JavaScript's safe-integer limits", async () => {
    const { body } = await request("/api/openapi.json");
    const text = JSON.stringify(body);
    expect(text).toContain('"maximum":1000'); // the bounds are there to find
    expect(text).not.toMatch(/9007199254740991/);
  });

  it("documents every /api/v1 route", async () => {
    const { body } = await request("/api/openapi.json");
    expect(
      Object.keys(body.paths)
        .filter((p) => p.startsWith("/api/v1"))
        .sort(),
    ).toEqual(apiV1Paths().sort());
  });

  it("serves interactive docs at /docs", async () => {
    const response = await request<string>("/docs");
    expect(response.status).toBe(200);
    expect(response.body).toContain("API reference");
  });
});
