import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/scripts/lib/database.mjs";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres.mjs";
import { freePort } from "@/testing/free-port";
import { request } from "@/testing/http";
import { requestSignInLink } from "@/testing/sign-in-link";
import { startServer, type TestServer } from "@/testing/start-server";
import { createTestUser, type TestUser } from "@/testing/users";

// A PostgreSQL of this file's own, so the test can take it away from a Qari server under load and
// bring it back: an outage must read as one (503, Retry-After), never as "signed out", and lose no
// write that was acknowledged.
let dataDir: string;
let port: number;
let database: { url: string; stop: () => Promise<void> };
let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "qari-outage-db-"));
  port = await freePort();
  database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port });
  await migrate(database.url);
  user = await createTestUser("Outage", { databaseUrl: database.url });
  server = await startServer({ DATABASE_URL: database.url });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const call = (route: string, headers: Record<string, string>, json?: unknown) =>
  request(route, { baseUrl: server.url, headers, json });

describe("a database outage", () => {
  it("answers 503 with Retry-After, signs no one out, recovers, and keeps every acknowledged write", async () => {
    expect((await call("/api/v1/meetings", user.asSession)).status).toBe(200);

    // Load: meetings created without pause, by key, for the whole outage.
    const acknowledged: string[] = [];
    const statuses = new Set<number>();
    let loading = true;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let n = 0; loading; n++) {
        const response = await call("/api/v1/meetings", user.asKey, { title: `Load ${writer}-${n}` });
        statuses.add(response.status);
        if (response.status === 201) acknowledged.push((response.body as { id: string }).id);
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.stop();
    const bySession = await call("/api/v1/meetings", user.asSession);
    expect(bySession.status).toBe(503);
    expect(bySession.body.error.code).toBe("service_unavailable");
    expect(Number(bySession.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call("/api/v1/meetings", user.asKey)).status).toBe(503);
    expect((await requestSignInLink(`outage-${Date.now()}@example.test`, { baseUrl: server.url })).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port });
    const back = Date.now();
    await expect
      .poll(async () => (await call("/api/v1/meetings", user.asSession)).status, { timeout: 5_000, interval: 100 })
      .toBe(200);
    expect(Date.now() - back).toBeLessThan(5_000);
    loading = false;
    await Promise.all(writers);

    // Only successes and outages, never a 500 or a 401; the session survived.
    expect([...statuses].sort()).toEqual([201, 503]);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Meeting" WHERE id = ANY($1)`, [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
    } finally {
      await db.end();
    }
    expect(acknowledged.length).toBeGreaterThan(0);
  });
});
