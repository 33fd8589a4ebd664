import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "@/lib/errors";
import { prisma } from "@/lib/db";

/**
 * Limits where guessing or spamming pays. The counters live in PostgreSQL
 * (rate-limiter-flexible's Prisma store), shared by every app instance.
 */
function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPrisma({
    storeClient: prisma,
    tableName: "rateLimiterFlexible",
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}

const limiters = {
  /** Each magic link costs an email: stop mail bombing an address and probing which addresses exist. */
  magicLinkPerAddress: limiter("magic-link:address", 5, 15 * 60),
  magicLinkPerClient: limiter("magic-link:client", 20, 15 * 60),
  /** Invitations go to other people's inboxes: enough for real meetings, too few to spam with. */
  invitationsPerUser: limiter("invitations:user", 200, 60 * 60),
};

export type LimitName = keyof typeof limiters;
export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Spends `points` from each named limit at once; refused when any of them is spent. */
export async function consumeLimits(
  checks: { limit: LimitName; key: string; points?: number }[],
): Promise<LimitResult> {
  const results = await Promise.allSettled(
    checks.map(({ limit, key, points = 1 }) => limiters[limit].consume(key, points)),
  );
  let retryAfterMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
  }
  return retryAfterMs
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }
    : { allowed: true };
}

/** The API's 429, with Retry-After. */
export function rateLimitedError(retryAfterSeconds: number, what: string): ApiError {
  return new ApiError("rate_limited", `Too many ${what}. Try again in ${retryAfterSeconds} s.`, {
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}

/** `email` as `checkEmailAddress` gives it: one address, trimmed and lower-cased. */
export function consumeMagicLinkQuota(email: string, client: string): Promise<LimitResult> {
  return consumeLimits([
    { limit: "magicLinkPerAddress", key: email },
    { limit: "magicLinkPerClient", key: client },
  ]);
}

/** The client's address as the nearest proxy reports it, for per-client limits. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
