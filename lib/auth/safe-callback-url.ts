/** Where to go after signing in: a path on this site only, never another origin (open redirects). */
export function safeCallbackUrl(value: unknown, fallback = "/meetings"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
