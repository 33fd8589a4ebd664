import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Serves a PGlite database (PostgreSQL compiled to WebAssembly) over the
 * PostgreSQL wire protocol, so the app talks to it exactly as it talks to a
 * real server: one data-access path (Prisma over adapter-pg) for both.
 *
 * @param {{ dataDir: string; port: number; host?: string }} options
 * @returns {Promise<{ url: string; stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, host = "127.0.0.1" }) {
  await mkdir(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the socket server queues the others and
  // keeps a transaction's statements together.
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 64 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "EADDRINUSE") {
      throw new Error(
        `Port ${port} is taken, so the embedded PostgreSQL cannot start. Set EMBEDDED_DATABASE_PORT to a free port, or DATABASE_URL to a PostgreSQL server.`,
      );
    }
    throw error;
  }
  const actualPort = /** @type {{ port?: number }} */ (/** @type {unknown} */ (server)).port ?? port;
  return {
    url: `postgresql://postgres@${host}:${actualPort}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
