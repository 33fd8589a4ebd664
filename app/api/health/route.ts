import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { healthApi } from "@/lib/health/endpoints";
import { checkLivekit } from "@/lib/livekit/check-livekit";

/**
 * Liveness with the database checked: 200 when a query round-trips, 503 when
 * it cannot. LiveKit is reported beside it (checked at the same time) but does
 * not fail the check: without it Qari still serves Jitsi meetings and the API.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(healthApi.health, async () => {
    const [database, livekit] = await Promise.all([checkDatabase(), checkLivekit()]);
    if (database.status !== "ok") {
      return Response.json(
        { status: "error", database, livekit },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    }
    return { status: "ok" as const, database, livekit };
  }),
);

async function checkDatabase() {
  const started = performance.now();
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { status: "ok" as const, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error("[health] database check failed:", error);
    return { status: "unreachable" as const };
  }
}
