import "server-only";
import { env } from "@/lib/env";

/**
 * CORS for the versioned API only (`/api/v1`), following CORS_ORIGINS.
 * Credentials are never allowed cross-origin: programs on other origins
 * authenticate with API keys, so a visitor's session cookie cannot be ridden.
 */
export function corsHeaders(req: Request): Record<string, string> {
  const origin = req.headers.get("origin");
  if (!origin || !new URL(req.url).pathname.startsWith("/api/v1/")) return {};
  const anyOrigin = env.CORS_ORIGINS.includes("*");
  if (!anyOrigin && !env.CORS_ORIGINS.includes(origin)) return {};
  return {
    "Access-Control-Allow-Origin": anyOrigin ? "*" : origin,
    "Access-Control-Expose-Headers": "Retry-After",
    Vary: "Origin",
  };
}

export function preflightResponse(req: Request, allow: string): Response {
  const headers: Record<string, string> = { Allow: allow, ...corsHeaders(req) };
  if (headers["Access-Control-Allow-Origin"]) {
    headers["Access-Control-Allow-Methods"] = allow;
    headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type";
    headers["Access-Control-Max-Age"] = "600";
  }
  return new Response(null, { status: 204, headers });
}
