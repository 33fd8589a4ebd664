import { describe, expect, it } from "vitest";
import { request } from "@/testing/http";

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...v]) => [name, v]),
  );

describe("security headers", () => {
  it.each(["/", "/sign-in", "/m/zzz-zzzz-zzz", "/docs", "/api/health", "/api/v1/meetings", "/icon.svg"])(
    "%s carries them",
    async (path) => {
      const { headers } = await request(path);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy")).toMatch(/camera=\(self [^)]*\), microphone=\(self [^)]*\)/);
      const policy = directives(headers.get("content-security-policy") ?? "");
      expect(policy["frame-ancestors"]).toEqual(["'none'"]);
      expect(policy["object-src"]).toEqual(["'none'"]);
      expect(policy["script-src"]).toContain("'strict-dynamic'");
      expect(policy["script-src"]).not.toContain("'unsafe-inline'");
      // Plain http here: no HSTS, which would lock browsers out of a server without TLS.
      expect(headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("gives each page a fresh nonce, and puts it on every script the page has", async () => {
    const [first, second] = [await request<string>("/"), await request<string>("/")];
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);

    const scripts = first.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it("lets the page reach the LiveKit server it is configured with, and nothing else", async () => {
    const policy = directives((await request("/")).headers.get("content-security-policy") ?? "");
    expect(policy["connect-src"]).toEqual([
      "'self'",
      expect.stringMatching(/^ws:\/\//),
      expect.stringMatching(/^http:\/\//),
    ]);
  });
});
