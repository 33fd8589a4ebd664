import { ApiError, errorDetail } from "@/lib/errors";
import { env } from "@/lib/env";
import type { MeetingProvider } from "./schemas";

/** LiveKit meetings need a LiveKit server; say so instead of creating a meeting nobody can join. */
export function assertProviderAvailable(provider: MeetingProvider): void {
  if (provider === "livekit" && !env.livekit) {
    throw new ApiError("validation_failed", "LiveKit meetings are not available on this server.", {
      details: [
        errorDetail(
          "provider_unavailable",
          "LiveKit is not configured: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET, or use jitsi.",
          "provider",
        ),
      ],
    });
  }
}
