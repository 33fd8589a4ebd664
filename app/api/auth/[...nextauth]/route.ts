import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/error-response";
import { handlers } from "@/lib/auth";
import { clientAddress, consumeMagicLinkQuota, rateLimitedError } from "@/lib/rate-limit/limits";

export const { GET } = handlers;

/**
 * next-auth's endpoints, with the magic-link request rate limited: the sign-in
 * page's server action applies the same limit, this covers direct POSTs.
 */
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && email) {
      const limit = await consumeMagicLinkQuota(email, clientAddress(req.headers));
      if (!limit.allowed) return errorResponse(rateLimitedError(limit.retryAfterSeconds, "sign-in links requested"));
    }
  }
  return handlers.POST(req);
}
