// `npm run dev` and `npm start`: Qari with everything it needs to run on a
// bare machine. Validates the environment, provides the database (DATABASE_URL,
// or an embedded PostgreSQL kept in EMBEDDED_DATABASE_DIR), applies the
// migrations, provides AUTH_SECRET when it is unset, provides a LiveKit server
// when LIVEKIT_URL is unset, then runs `next dev` or `next start` until stopped.
import { spawn } from "node:child_process";
import path from "node:path";
import { migrate, provideDatabase } from "./lib/database.mjs";
import { loadEnv } from "./lib/load-env.mjs";
import { provideLocalLivekit } from "./lib/local-livekit.mjs";
import { localSecret } from "./lib/local-secret.mjs";

const [mode = "dev", ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: node scripts/serve.mjs dev|start [next options]");
  process.exit(1);
}

const env = await loadEnv();
const db = await provideDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.EMBEDDED_DATABASE_DIR,
  port: env.EMBEDDED_DATABASE_PORT,
});
if (db.embedded)
  console.log(`[db] Embedded PostgreSQL in ${env.EMBEDDED_DATABASE_DIR} (set DATABASE_URL to use a server).`);
// Side by side: building or starting LiveKit need not wait for the migrations.
const livekitStarting = env.livekit ? Promise.resolve(null) : provideLocalLivekit({ appUrl: env.APP_URL });
let authSecret, livekit;
try {
  [authSecret, livekit] = await Promise.all([
    env.AUTH_SECRET ?? localSecret("auth-secret", "set AUTH_SECRET to choose your own"),
    livekitStarting,
    migrate(db.url),
  ]);
} catch (error) {
  await livekitStarting.then(
    (started) => started?.stop(),
    () => undefined,
  );
  await db.stop();
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}

// Development binds to loopback unless told otherwise: its mailbox shows everyone's sign-in links.
const host = env.HOST ?? (mode === "dev" ? "127.0.0.1" : undefined);
const hostArgs = host && !nextArgs.some((arg) => arg === "-H" || arg.startsWith("--hostname")) ? ["-H", host] : [];
const next = spawn(path.resolve(import.meta.dirname, "../node_modules/.bin/next"), [mode, ...hostArgs, ...nextArgs], {
  stdio: "inherit",
  env: {
    ...process.env,
    ...livekit?.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: authSecret,
    NEXT_TELEMETRY_DISABLED: "1",
    // On SIGTERM the app (instrumentation.ts) lets its background jobs in hand finish, then exits.
    ...(mode === "start" && { NEXT_MANUAL_SIG_HANDLE: "true" }),
  },
});

let stopping = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    stopping = true;
    next.kill(signal);
  });
}
next.on("exit", async (code, signal) => {
  await Promise.all([db.stop(), livekit?.stop()]);
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
