import { publicApiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { checkLivekit } from "@/lib/livekit/check-livekit";

/**
 * Liveness with the database checked: 200 when a query round-trips, 503 when
 * it cannot. LiveKit is reported beside it (checked at the same time) but does
 * not fail the check: without it Qari still serves Jitsi meetings and the API.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = publicApiRoute({
  async GET() {
    const [database, livekit] = await Promise.all([checkDatabase(), checkLivekit()]);
    if (database.status !== "ok") {
      return Response.json(
        { status: "error", database, livekit },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    }
    return Response.json({ status: "ok", database, livekit }, { headers: { "Cache-Control": "no-store" } });
  },
});

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
