import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { healthApi } from "@/lib/health/endpoints";

/** Liveness with the database checked: 200 when a query round-trips, 503 when it cannot. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(healthApi.health, async () => {
    const started = performance.now();
    try {
      await prisma.$queryRaw`SELECT 1`;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) console.error("[health] database check failed:", error);
      return Response.json(
        { status: "error", database: { status: "unreachable" } },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    }
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json(
      { status: "ok", database: { status: "ok", latencyMs } },
      { headers: { "Cache-Control": "no-store" } },
    );
  }),
);
