// Applies prisma/migrations to DATABASE_URL, or to the embedded database when it is unset.
import { migrate, provideDatabase } from "./lib/database.mjs";
import { loadEnv } from "./lib/load-env.mjs";

const env = await loadEnv();
const db = await provideDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.EMBEDDED_DATABASE_DIR,
  port: env.EMBEDDED_DATABASE_PORT,
});
try {
  await migrate(db.url);
} finally {
  await db.stop();
}
