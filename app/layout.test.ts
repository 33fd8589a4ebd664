import { describe, expect, it } from "vitest";
import { request } from "@/testing/http";

describe("static assets from public/", () => {
  it("are linked from every page and served as they are", async () => {
    const page = await request<string>("/");
    expect(page.body).toMatch(/<link rel="icon" href="\/icon\.svg"/);
    expect(page.body).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);

    const icon = await request<string>("/icon.svg");
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    const manifest = await request("/manifest.webmanifest");
    expect(manifest.status).toBe(200);
    // Parsed already when served with a JSON content type (application/manifest+json).
    const parsed = typeof manifest.body === "string" ? JSON.parse(manifest.body) : manifest.body;
    expect(parsed).toMatchObject({ name: "Qari", start_url: "/" });
  });

  it("keep meeting links away from search engines", async () => {
    const robots = await request<string>("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.body).toContain("Disallow: /\n");
    expect(robots.body).toContain("Allow: /$");
  });
});
