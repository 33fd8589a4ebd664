import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/security-headers";

/**
 * Runs before every route: turns malformed addresses away, and gives every
 * answer Qari's security headers, with a fresh script nonce per page.
 */
export function proxy(req: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const response = isMalformed(req) ? malformed(req) : next(req, policy);
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

/** Next.js finds the nonce in the request's policy and puts it on the scripts it renders. */
function next(req: NextRequest, policy: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  return NextResponse.next({ request: { headers } });
}

function isMalformed(req: NextRequest): boolean {
  if (!req.nextUrl.pathname.includes("%")) return false;
  try {
    decodeURIComponent(req.nextUrl.pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Next.js answers a path with broken percent-encoding (/m/%ff) with a bare
 * 500 before any route runs. Answer 400 instead, in the API's error shape under /api.
 */
function malformed(req: NextRequest): NextResponse {
  const message = "The address contains malformed percent-encoding.";
  if (req.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "bad_request", message, details: [] } }, { status: 400 });
  }
  return new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

// Everything but Next's own hashed files, which are code and styles the pages already vouch for.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
