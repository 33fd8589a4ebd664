import { ApiError } from "@/lib/errors";
import { findApiKeyOwner } from "@/lib/api-keys/find-api-key-owner";
import { auth } from ".";
import type { Principal } from "./principal";

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/;

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
  if (!sessionCookie.test(req.headers.get("cookie") ?? "")) return null;
  const session = await auth();
  return session?.user.id ? { userId: session.user.id, via: "session" } : null;
}
