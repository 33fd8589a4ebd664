import { env } from "@/lib/env";

// Characters a browser drops or splits on inside a URL, or that end a header line.
const unsafeCharacters = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * Where to go after signing in: a page of Qari's own, never another site
 * (open redirects). The value is parsed as a browser parses it, against
 * APP_URL, and kept only when it stays on Qari's origin — which `//x`, `/\x`,
 * `/%09/x` (a tab the browser drops), `https:x` and their kin do not. What is
 * kept is the path, query and fragment, so the redirect can never carry a host.
 */
export function safeCallbackUrl(value: unknown, fallback = "/meetings"): string {
  if (typeof value !== "string" || value === "" || unsafeCharacters.test(value)) return fallback;
  const base = new URL(env.APP_URL);
  let target: URL;
  try {
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  // "/.//x" resolves to the path "//x", which a browser would read as the host x.
  if (target.pathname.startsWith("//")) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}
