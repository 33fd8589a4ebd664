import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps Qari's own pages, with their query and fragment", () => {
    expect(safeCallbackUrl("/m/abc-defg-hij?x=1#top")).toBe("/m/abc-defg-hij?x=1#top");
    expect(safeCallbackUrl(`${env.APP_URL}/meetings/new`)).toBe("/meetings/new");
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example"); // one path segment, on Qari
  });

  // The classic bypasses: each resolves, in a browser, to another site or to no URL at all.
  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u2028/evil.example",
    "/.//evil.example",
    "https:evil.example",
    "https://evil.example/",
    "http://evil。example",
    "//evil．example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
    42,
    undefined,
  ])("turns %j away", (value) => {
    expect(safeCallbackUrl(value)).toBe("/meetings");
  });
});
