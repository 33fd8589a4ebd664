import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { prisma } from "@/lib/db";

/**
 * Magic-link requests cost an email each and invite abuse (mail bombing an
 * address, probing which addresses have accounts), so they are limited per
 * address and per client address. The counters live in PostgreSQL, shared by
 * every app instance.
 */
const perAddress = new RateLimiterPrisma({
  storeClient: prisma,
  tableName: "rateLimiterFlexible",
  keyPrefix: "magic-link:address",
  points: 5,
  duration: 15 * 60,
});

const perClient = new RateLimiterPrisma({
  storeClient: prisma,
  tableName: "rateLimiterFlexible",
  keyPrefix: "magic-link:client",
  points: 20,
  duration: 15 * 60,
});

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one magic-link request; `allowed: false` once either limit is spent. */
export async function consumeMagicLinkQuota(email: string, clientAddress: string): Promise<LimitResult> {
  const results = await Promise.allSettled([
    perAddress.consume(email.trim().toLowerCase()),
    perClient.consume(clientAddress),
  ]);
  let retryAfterMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
  }
  return retryAfterMs ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { allowed: true };
}

/** The client's address as the nearest proxy reports it, for per-client limits. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
