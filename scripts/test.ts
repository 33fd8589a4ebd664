// `npm test`: sets up everything the suite needs on a fresh machine, then runs
// every test (Vitest, then Playwright) and ends with "N passed, N failed".
//
// - Chromium: the system's, installed from Debian when missing (Playwright
//   cannot download browsers on a closed network).
// - Database: DATABASE_URL when set (CI names a fresh one); otherwise a fresh
//   database for this run on the machine's PostgreSQL (127.0.0.1:5432), when
//   one answers; otherwise a fresh embedded PostgreSQL. Migrations are applied first.
//   The embedded one runs one query at a time for every connection, which the
//   suite's parallel load (job workers, LISTEN, racing senders) outgrows.
// - LiveKit: a real server for the whole run (found or built, see
//   scripts/lib/livekit-server.mjs), its webhooks posted to the test servers.
//   Without one the run fails: call tests never skip.
// - The app: a production build, which the test servers run.
//
// `npm test -- vitest <files>` or `npm test -- playwright <files>` runs one
// suite (or some of its files) with the same setup; `--no-build` reuses the build.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findChromium } from "../testing/chromium";
import { startTestLivekitServer } from "../testing/livekit-server";
import { migrate, provideDatabase } from "./lib/database.mjs";
import { freePort } from "./lib/free-port.mjs";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

async function ensureChromium() {
  if (findChromium()) return;
  if (process.getuid?.() !== 0) {
    throw new Error("Chromium is missing: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  console.log("[test] Installing Chromium from Debian's packages…");
  if ((await run("apt-get", ["install", "-y", "chromium"])) !== 0) {
    await run("apt-get", ["update"]);
    if ((await run("apt-get", ["install", "-y", "chromium"])) !== 0)
      throw new Error("apt-get could not install chromium.");
  }
}

/** A fresh database on the machine's own PostgreSQL, when one answers on 127.0.0.1:5432 as `postgres`. */
async function createMachineDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({
    connectionString: "postgresql://postgres@127.0.0.1:5432/postgres",
    connectionTimeoutMillis: 2_000,
  });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `qari_test_${Date.now()}_${process.pid}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  } finally {
    await admin.end();
  }
  return {
    name,
    url: `postgresql://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      const client = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
    },
  };
}

/** The parts of Vitest's and Playwright's JSON reports that the summary counts. */
type VitestReport = { numPassedTests: number; numFailedTests: number; success: boolean };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };

async function readReport<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path.join(results, file), "utf8")) as T;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const [only, ...files] = args.filter((arg) => arg !== "--no-build");
if (only && only !== "vitest" && only !== "playwright") {
  console.error("Usage: npm test [-- [--no-build] vitest|playwright [files…]]");
  process.exit(2);
}
const runs = (suite: "vitest" | "playwright") => !only || only === suite;

await rm(results, { recursive: true, force: true });
await mkdir(results, { recursive: true });
if (runs("playwright")) await ensureChromium();

const machineDatabase = process.env.DATABASE_URL ? null : await createMachineDatabase();
const databaseUrl = process.env.DATABASE_URL ?? machineDatabase?.url;
const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), "qari-test-db-"));
const db = await provideDatabase({ databaseUrl, dataDir: dataDir ?? "", port: 0 });
console.log(
  `[test] Database: ${db.embedded ? "embedded PostgreSQL (fresh for this run)" : machineDatabase ? `${machineDatabase.name} on this machine's PostgreSQL (fresh for this run)` : "DATABASE_URL"}`,
);

// Each suite's app server listens on a port picked now, so LiveKit can post its webhooks there.
const [vitestPort, e2ePort] = [await freePort(), await freePort()];
const webhookUrls = [vitestPort, e2ePort].map((port) => `http://localhost:${port}/api/livekit/webhook`);
let livekit: Awaited<ReturnType<typeof startTestLivekitServer>> | null = null;

let passed = 0;
let failed = 0;
try {
  const [server] = await Promise.all([startTestLivekitServer({ webhookUrls }), migrate(db.url)]);
  livekit = server;
  console.log(`[test] LiveKit server: ${livekit.url}`);
  const env = {
    DATABASE_URL: db.url,
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_LIVEKIT_URL: livekit.url,
    VITEST_APP_PORT: String(vitestPort),
    E2E_PORT: String(e2ePort),
  };

  if (build) {
    console.log("[test] Building the app (type-checks too)…");
    if ((await run(path.join(root, "node_modules/.bin/next"), ["build"], env)) !== 0) {
      throw new Error("next build failed: see above.");
    }
  }

  if (!only) {
    // After the build: type-aware lint rules need the route types (PageProps) that it generates.
    console.log("[test] Linting…");
    if ((await run(path.join(root, "node_modules/.bin/eslint"), [".", "--max-warnings", "0"], env)) === 0) passed += 1;
    else failed += 1;
  }

  if (runs("vitest")) {
    await run(
      path.join(root, "node_modules/.bin/vitest"),
      [
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${path.join(results, "vitest.json")}`,
        ...files,
      ],
      env,
    );
    const vitest = await readReport<VitestReport>("vitest.json");
    if (vitest) {
      passed += vitest.numPassedTests;
      failed += vitest.numFailedTests + (vitest.success || vitest.numFailedTests ? 0 : 1);
    } else {
      failed += 1; // Vitest did not get as far as reporting.
    }
  }

  if (runs("playwright")) {
    await run(path.join(root, "node_modules/.bin/playwright"), ["test", ...files], env);
    const playwright = await readReport<PlaywrightReport>("playwright.json");
    if (playwright) {
      passed += playwright.stats.expected + playwright.stats.flaky;
      failed += playwright.stats.unexpected + (playwright.errors?.length ?? 0);
    } else {
      failed += 1;
    }
  }
} catch (error) {
  console.error(`[test] ${(error as Error).message}`);
  failed += 1;
} finally {
  await livekit?.stop();
  await db.stop();
  await machineDatabase?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

await writeFile(path.join(results, "summary.json"), JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
