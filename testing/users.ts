import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { testDatabaseUrl } from "./test-env";

export interface TestUser {
  id: string;
  email: string;
  name: string;
  sessionToken: string;
  apiKey: string;
  apiKeyId: string;
  /** Request headers that authenticate as this user by session cookie. */
  asSession: Record<string, string>;
  /** Request headers that authenticate as this user by API key. */
  asKey: Record<string, string>;
}

let pool: pg.Pool | undefined;
const testDatabase = () => (pool ??= new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 }));

/**
 * A user with a live database session and an API key, written straight to the
 * test database with plain SQL (so Vitest and Playwright, which cannot load
 * the app's server-only modules, share it). Sessions are what next-auth
 * creates after a sign-in: a row whose token the cookie carries.
 */
export async function createTestUser(
  name = "Test User",
  { databaseUrl }: { databaseUrl?: string } = {},
): Promise<TestUser> {
  // Another database than the run's (a test's own, which it stops and starts): a pool for this user only.
  const own = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 1 }) : null;
  try {
    return await insertTestUser(own ?? testDatabase(), name);
  } finally {
    await own?.end();
  }
}

async function insertTestUser(db: pg.Pool, name: string): Promise<TestUser> {
  const id = `test-${randomUUID()}`;
  const email = `${id}@example.test`;
  const sessionToken = randomBytes(32).toString("hex");
  const { key, prefix, hashedKey } = generateApiKey();
  const apiKeyId = `${id}-key`;
  await db.query(
    `INSERT INTO "User" (id, email, name, "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`,
    [id, email, name],
  );
  await db.query(
    `INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`,
    [sessionToken, id],
  );
  await db.query(`INSERT INTO "ApiKey" (id, "userId", name, prefix, "hashedKey") VALUES ($1, $2, 'Test key', $3, $4)`, [
    apiKeyId,
    id,
    prefix,
    hashedKey,
  ]);
  return {
    id,
    email,
    name,
    sessionToken,
    apiKey: key,
    apiKeyId,
    asSession: { cookie: `authjs.session-token=${sessionToken}` },
    asKey: { authorization: `Bearer ${key}` },
  };
}

/** Revokes a test user's API key, as the settings page does. */
export async function revokeTestApiKey(user: TestUser): Promise<void> {
  const db = testDatabase();
  await db.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [user.apiKeyId]);
}
