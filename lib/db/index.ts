import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

export * from "./generated/client";

/**
 * The one Prisma client. Queries go through adapter-pg over TCP, whether
 * DATABASE_URL points at a PostgreSQL server or at the embedded PGlite that
 * `npm run dev` / `npm start` start when it is unset.
 */
function createPrismaClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5_000 }),
    // Not "error": Prisma would print every failed query, the expected ones too (a unique
    // conflict Qari answers with 409, a used sign-in link). Errors reach their caller, and
    // the ones nobody handles are logged there, with the request they belong to.
    log: ["warn"],
  });
}

// Reuse one client across hot reloads in development instead of opening a pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
