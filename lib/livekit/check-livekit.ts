import "server-only";
import { env } from "@/lib/env";
import type { LivekitStatus } from "./livekit-status";

/** LiveKit's signalling port answers a plain GET with 200 "OK" when the server is up. */
const httpUrl = (url: string) => url.replace(/^ws(s?):/, "http$1:");

/**
 * Whether the configured LiveKit server answers, for the health check. Costs
 * one HTTP round trip to it, bounded by a one-second timeout.
 */
export async function checkLivekit(): Promise<LivekitStatus> {
  if (!env.livekit) return { status: "unconfigured" };
  const { url } = env.livekit;
  try {
    const response = await fetch(httpUrl(url), { signal: AbortSignal.timeout(1_000), cache: "no-store" });
    return { status: response.ok ? "ok" : "unreachable", url };
  } catch {
    return { status: "unreachable", url };
  }
}
