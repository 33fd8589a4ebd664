import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

/**
 * Prisma's CLI runs its WebAssembly schema engine (`engine: "js"`) so that
 * `prisma migrate deploy` needs no native binary download.
 */
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: () => Promise.resolve(new PrismaPg(catalogSafePool({ connectionString: process.env.DATABASE_URL }))),
});

/** Catalog-only types adapter-pg 6.19 cannot read ("char" and name), read as text instead. */
const CATALOG_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

/**
 * @prisma/adapter-pg 6.19 cannot deserialize catalog columns of type `name`
 * or `"char"` (prisma/prisma#27403), which the schema engine reads when it
 * inspects a database: report them as text.
 * Only migrations use this pool; the app's client never reads the catalog.
 */
function catalogSafePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query: (...args: unknown[]) => Promise<pg.QueryResult> = pool.query.bind(pool);
  const patched = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) {
      if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  pool.query = patched;
  return pool;
}
