import { ApiError } from "@/lib/api/errors";
import { env } from "@/lib/env";
import type { MeetingProvider } from "./schemas";

/** LiveKit meetings need a LiveKit server; say so instead of creating a meeting nobody can join. */
export function assertProviderAvailable(provider: MeetingProvider): void {
  if (provider === "livekit" && !env.livekit) {
    throw new ApiError("validation_failed", "LiveKit meetings are not available on this server.", {
      details: [
        {
          path: "provider",
          code: "provider_unavailable",
          message: "LiveKit is not configured: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET, or use jitsi.",
        },
      ],
    });
  }
}
