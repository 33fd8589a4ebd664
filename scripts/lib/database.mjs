import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The database Qari runs on: DATABASE_URL when it is set, otherwise the
 * embedded PostgreSQL in `dataDir` (created on first use, kept across restarts).
 *
 * @param {{ databaseUrl?: string; dataDir: string; port: number }} options
 * @returns {Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }>}
 */
export async function provideDatabase({ databaseUrl, dataDir, port }) {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(root, dataDir), port });
  return { ...embedded, embedded: true };
}

/**
 * Runs a Prisma CLI command against `databaseUrl`. Asynchronous on purpose:
 * the embedded database answers from this very process, so a blocking
 * spawnSync would deadlock it.
 *
 * @param {string[]} args
 * @param {string} databaseUrl
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>} what the command printed on standard output
 */
export function prisma(args, databaseUrl, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/prisma"), args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve(stdout);
      reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${stderr}${stdout}`));
    });
  }).then((output) => {
    if (!quiet) process.stdout.write(/** @type {string} */ (output));
    return /** @type {string} */ (output);
  });
}

/** Applies the committed migrations, printing only what changed. @param {string} databaseUrl */
export async function migrate(databaseUrl) {
  const output = await prisma(["migrate", "deploy"], databaseUrl, { quiet: true });
  const applied = /The following migration\(s\) have been applied:[\s\S]*/.exec(output);
  console.log(applied ? `[db] ${applied[0].trim()}` : "[db] Database schema is up to date.");
}
