// `npm run bench`: Qari's production server side by side with a bare node:http
// server doing the same work (scripts/bench/bare-server.ts), under the same
// load from autocannon, in one run. Prints requests per second, p50 and p99
// latency for both, and Qari's share of the bare server's throughput.
//
// Then join time: navigation to a meeting's link to the first remote video
// frame, in Chromium through a real LiveKit server, against a bare page that
// connects with livekit-client from a ready token (scripts/bench/join-time.ts).
//
// Database: DATABASE_URL when set (use a real PostgreSQL for meaningful
// figures), otherwise a fresh embedded one. Builds the app if there is no build.
// `npm run bench -- throughput` or `npm run bench -- join` runs one part.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { generateApiKey } from "../../lib/api-keys/key-format";
import { startTestLivekitServer } from "../../testing/livekit-server";
import { freePort } from "../../testing/free-port";
import { migrate, provideDatabase } from "../lib/database.mjs";
import { measureJoinTime } from "./join-time";
import { scenarios, type BenchCaller, type Scenario } from "./scenarios";
import { webhookIngest } from "./webhook-ingest";

const root = path.resolve(import.meta.dirname, "../..");
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const joins = Number(process.env.BENCH_JOINS ?? 10);
const part = process.argv[2];
/** Qari's join may take at most this multiple of the bare page's. */
const JOIN_TIME_TARGET = 1.25;

function spawnServer(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not come up`);
}

/** A user with an API key, written straight to the database: both servers authenticate it the same way. */
async function seedCaller(databaseUrl: string): Promise<BenchCaller> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const userId = `bench-${Date.now()}`;
    const { key, prefix, hashedKey } = generateApiKey();
    await client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [
      userId,
      `${userId}@bench.invalid`,
    ]);
    await client.query(
      `INSERT INTO "ApiKey" (id, "userId", name, prefix, "hashedKey", "lastUsedAt") VALUES ($1, $2, 'bench', $3, $4, now())`,
      [`${userId}-key`, userId, prefix, hashedKey],
    );
    return { apiKey: key };
  } finally {
    await client.end();
  }
}

async function load(url: string, scenario: Scenario, duration: number, caller: BenchCaller) {
  const request = await scenario.request(url, caller);
  const result = await autocannon({
    url: `${url}${request.path}`,
    ...request,
    connections: scenario.connections,
    duration,
  });
  if (result.errors || result.non2xx) {
    throw new Error(`${scenario.name} at ${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "qari-bench-db-"));
const db = await provideDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? "", port: 0 });
const servers: ChildProcess[] = [];
const livekit = await startTestLivekitServer();
try {
  await migrate(db.url);
  const caller = await seedCaller(db.url);
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    await new Promise((resolve) => spawnServer("node_modules/.bin/next", ["build"], {}).on("exit", resolve));
  }

  const [qariPort, barePort] = [await freePort(), await freePort()];
  const appEnv = {
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    APP_URL: `http://localhost:${qariPort}`,
    AUTH_SECRET: "bench-auth-secret-0123456789abcdef0123",
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  };
  servers.push(spawnServer("node_modules/.bin/next", ["start", "-p", String(qariPort)], appEnv));
  servers.push(
    spawnServer(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench/bare-server.ts", String(barePort)],
      appEnv,
    ),
  );
  const qari = `http://127.0.0.1:${qariPort}`;
  const bare = `http://127.0.0.1:${barePort}`;
  await Promise.all([waitFor(`${qari}/api/health`), waitFor(bare)]);

  console.log(
    `Database: ${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}; ${rounds} rounds of ${seconds} s each, alternating.\n`,
  );
  const rows: string[][] = [];
  for (const scenario of part === "join" ? [] : [...scenarios, webhookIngest]) {
    // Warm both up (JIT, connection pools) before measuring.
    await load(qari, scenario, 2, caller);
    await load(bare, scenario, 2, caller);
    const totals = { qari: { rps: 0, p50: 0, p99: 0 }, bare: { rps: 0, p50: 0, p99: 0 } };
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of [
        ["qari", qari],
        ["bare", bare],
      ] as const) {
        const result = await load(url, scenario, seconds, caller);
        totals[name].rps += result.rps / rounds;
        totals[name].p50 += result.p50 / rounds;
        totals[name].p99 += result.p99 / rounds;
      }
    }
    const ratio = totals.qari.rps / totals.bare.rps;
    const verdict = ratio >= scenario.target ? "meets" : "MISSES";
    rows.push([
      scenario.name,
      String(scenario.connections),
      totals.qari.rps.toFixed(0),
      `${totals.qari.p50.toFixed(1)} / ${totals.qari.p99.toFixed(1)}`,
      totals.bare.rps.toFixed(0),
      `${totals.bare.p50.toFixed(1)} / ${totals.bare.p99.toFixed(1)}`,
      `${ratio.toFixed(2)} (${verdict} ≥ ${scenario.target})`,
    ]);
  }
  const header = ["scenario", "conns", "qari req/s", "qari p50/p99 ms", "bare req/s", "bare p50/p99 ms", "qari ÷ bare"];
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [header, widths.map((w) => "-".repeat(w)), ...rows]) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  }

  if (part !== "throughput") {
    const meeting = (await (
      await fetch(`${qari}/api/v1/meetings`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${caller.apiKey}` },
        body: JSON.stringify({ title: "Bench join", provider: "livekit" }),
      })
    ).json()) as { link: string; roomName: string };
    const join = await measureJoinTime({ livekit, meeting, joins });
    const ratio = join.qariMs / join.floorMs;
    console.log(
      `\nJoin time, navigation to the first remote frame, median of ${joins} (ms): ` +
        `qari ${join.qariMs.toFixed(0)}, bare livekit-client page ${join.floorMs.toFixed(0)}, ` +
        `qari ÷ bare ${ratio.toFixed(2)} (${ratio <= JOIN_TIME_TARGET ? "meets" : "MISSES"} ≤ ${JOIN_TIME_TARGET})`,
    );
    console.log(`  qari:  ${join.qari.map((ms) => ms.toFixed(0)).join(" ")}`);
    console.log(`  bare:  ${join.floor.map((ms) => ms.toFixed(0)).join(" ")}`);
  }
} finally {
  await livekit.stop();
  for (const server of servers) server.kill("SIGTERM");
  await db.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
