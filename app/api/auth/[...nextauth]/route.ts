import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { clientAddress, consumeMagicLinkQuota } from "@/lib/rate-limit/magic-link-limits";

export const { GET } = handlers;

/**
 * next-auth's endpoints, with the magic-link request rate limited: the sign-in
 * page's server action applies the same limit, this covers direct POSTs.
 */
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && email) {
      const limit = await consumeMagicLinkQuota(email, clientAddress(req.headers));
      if (!limit.allowed) {
        return Response.json(
          {
            error: {
              code: "rate_limited",
              message: `Too many sign-in links requested. Try again in ${limit.retryAfterSeconds} s.`,
              details: [],
            },
          },
          { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
        );
      }
    }
  }
  return handlers.POST(req);
}
