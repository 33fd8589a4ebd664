import { prisma } from "@/lib/db";
import { hashApiKey, looksLikeApiKey } from "./key-format";

/** How stale `lastUsedAt` may get: writing it on every call would turn each read into a write. */
const LAST_USED_PRECISION_MS = 60_000;

/** The key's id and owner when `key` is a live (not revoked) API key, else null. */
export async function findApiKeyOwner(key: string): Promise<{ apiKeyId: string; userId: string } | null> {
  if (!looksLikeApiKey(key)) return null;
  const apiKey = await prisma.apiKey.findUnique({
    where: { hashedKey: hashApiKey(key) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!apiKey || apiKey.revokedAt) return null;

  const now = new Date();
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    // Not awaited: the caller need not wait for bookkeeping, and a failure here must not fail the call.
    prisma.apiKey
      .update({ where: { id: apiKey.id }, data: { lastUsedAt: now } })
      .catch((error: unknown) => console.error("[api-keys] could not record last use:", error));
  }
  return { apiKeyId: apiKey.id, userId: apiKey.userId };
}
