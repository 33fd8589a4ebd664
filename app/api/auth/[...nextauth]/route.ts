import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/error-response";
import { handlers } from "@/lib/auth";
import { checkEmailAddress } from "@/lib/auth/email-address";
import { ApiError } from "@/lib/errors";
import { clientAddress, consumeMagicLinkQuota, rateLimitedError } from "@/lib/rate-limit/limits";

export const { GET } = handlers;

/**
 * next-auth's endpoints, with the magic-link request rate limited: the sign-in
 * page's server action applies the same limit, this covers direct POSTs.
 */
export async function POST(req: NextRequest) {
  try {
    return await limitedPost(req);
  } catch (error) {
    return errorResponse(error); // A database outage: 503 with Retry-After, not a 500.
  }
}

async function limitedPost(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = checkEmailAddress(form?.get("email") ?? "");
    if (!email.ok) {
      const detail = { path: "email", code: "invalid_format", message: email.message };
      return errorResponse(new ApiError("validation_failed", "Send one email address.", { details: [detail] }));
    }
    const limit = await consumeMagicLinkQuota(email.address, clientAddress(req.headers));
    if (!limit.allowed) return errorResponse(rateLimitedError(limit.retryAfterSeconds, "sign-in links requested"));
  }
  return handlers.POST(req);
}
