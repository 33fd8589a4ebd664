import { ApiError } from "@/lib/errors";
import { prisma, type ApiKey } from "@/lib/db";
import { generateApiKey } from "./key-format";
import type { ApiKeyResource, CreatedApiKey } from "./schemas";

/** A user may hold this many live keys: enough for every program, few enough to keep track of. */
const MAX_LIVE_KEYS = 50;

export function toApiKeyResource(key: ApiKey): ApiKeyResource {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}

/** The user's live keys, newest first. */
export async function listApiKeys(userId: string): Promise<ApiKeyResource[]> {
  const keys = await prisma.apiKey.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" } });
  return keys.map(toApiKeyResource);
}

/** Creates a key and returns it whole, the only time it is ever seen: only its hash is stored. */
export async function createApiKey(userId: string, name: string): Promise<CreatedApiKey> {
  const live = await prisma.apiKey.count({ where: { userId, revokedAt: null } });
  if (live >= MAX_LIVE_KEYS) {
    throw new ApiError("conflict", `You already have ${MAX_LIVE_KEYS} API keys. Revoke one you no longer use.`);
  }
  const { key, prefix, hashedKey } = generateApiKey();
  const created = await prisma.apiKey.create({ data: { userId, name, prefix, hashedKey } });
  return { ...toApiKeyResource(created), key };
}

/** Revokes one of the user's keys; any other id (someone else's, unknown, already revoked) is a 404. */
export async function revokeApiKey(userId: string, id: string): Promise<void> {
  // Ids are cuids; anything else (NUL bytes included, which PostgreSQL refuses) cannot match.
  const { count } = !/^[A-Za-z0-9_-]{1,64}$/.test(id)
    ? { count: 0 }
    : await prisma.apiKey.updateMany({
        where: { id, userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
  if (count === 0) throw new ApiError("not_found", "You have no live API key with this id.");
}
