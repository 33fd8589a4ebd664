import { ApiError } from "@/lib/errors";
import { findApiKeyOwner } from "@/lib/api-keys/find-api-key-owner";
import { prisma } from "@/lib/db";
import type { Principal } from "./principal";

// next-auth's database-session cookie (with the __Secure- prefix on https).
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=([^;]+)/;

/**
 * Identifies the caller: `Authorization: Bearer qari_…` first, then the
 * session cookie. A bearer that is not a live key is refused outright (401)
 * rather than treated as anonymous, so a revoked key never silently degrades
 * into guest access. An empty `Bearer` is no credential at all (the API docs'
 * try-it-out sends one when no key is pasted): the session is used instead.
 * Without a cookie no session lookup is made.
 */
export async function authenticateRequest(req: Request): Promise<Principal | null> {
  const authorization = req.headers.get("authorization")?.trim();
  if (authorization && !/^Bearer$/i.test(authorization)) {
    const key = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    const owner = key ? await findApiKeyOwner(key) : null;
    if (!owner) {
      throw new ApiError("unauthorized", "The API key is not valid, or it was revoked.", {
        headers: { "WWW-Authenticate": 'Bearer realm="qari", error="invalid_token"' },
      });
    }
    return { userId: owner.userId, via: "api_key", apiKeyId: owner.apiKeyId };
  }
  const sessionToken = sessionCookie.exec(req.headers.get("cookie") ?? "")?.[1];
  if (!sessionToken) return null;
  // Read directly, not through next-auth's auth(): that turns a database outage into "no session"
  // (a 401 telling clients to sign in again) and clears the cookie. Here an outage is an outage:
  // the error reaches the API's error handler, which answers 503 with Retry-After. One query by a
  // unique index.
  const session = await prisma.session.findUnique({
    where: { sessionToken: decodeURIComponent(sessionToken) },
    select: { userId: true, expires: true },
  });
  return session && session.expires > new Date() ? { userId: session.userId, via: "session" } : null;
}
