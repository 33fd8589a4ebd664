"use client";

import { useConnectionState } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";
import { Spinner } from "@/components/ui/spinner";

/** Says so while LiveKit tries to restore a dropped connection; the page explains it if that fails. */
export function ReconnectingBanner() {
  const state = useConnectionState();
  const reconnecting = state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting;
  return (
    <div role="status" aria-live="polite">
      {reconnecting && (
        <p
          data-testid="reconnecting"
          className="flex items-center justify-center gap-2 bg-amber-500 px-4 py-1.5 text-sm font-medium text-black"
        >
          <Spinner /> Connection lost. Reconnecting…
        </p>
      )}
    </div>
  );
}
