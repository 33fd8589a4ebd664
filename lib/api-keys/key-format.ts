import { createHash, randomBytes } from "node:crypto";

/**
 * API keys look like `qari_` + 32 random bytes in base64url, so that they are
 * recognisable (secret scanners, logs) and unguessable. Only their SHA-256 is
 * stored: a fast hash is right for 256 bits of entropy, which no dictionary
 * or brute force can reach, and it keeps every authenticated call to one
 * indexed lookup.
 */
export const API_KEY_PREFIX = "qari_";

const keyPattern = /^qari_[A-Za-z0-9_-]{43}$/;

export function generateApiKey(): { key: string; prefix: string; hashedKey: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 4), hashedKey: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function looksLikeApiKey(value: string): boolean {
  return keyPattern.test(value);
}
