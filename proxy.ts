import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js answers a path with broken percent-encoding (/m/%ff) with a bare
 * 500 before any route runs. Catch those first and answer 400, in the API's
 * error shape under /api.
 */
export function proxy(req: NextRequest) {
  try {
    decodeURIComponent(req.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const message = "The address contains malformed percent-encoding.";
    if (req.nextUrl.pathname.startsWith("/api/")) {
      return Response.json({ error: { code: "bad_request", message, details: [] } }, { status: 400 });
    }
    return new Response(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

// Only paths with a percent sign can be malformed; every other request skips the proxy.
export const config = { matcher: ["/:path(.*%.*)"] };
