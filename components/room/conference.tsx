"use client";

import "@livekit/components-styles";
import { LiveKitRoom } from "@livekit/components-react";
import type { DisconnectReason, ReconnectContext, ReconnectPolicy } from "livekit-client";
import { useEffect, useRef, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import type { JoinChoices } from "@/components/prejoin/prejoin-panel";
import type { JoinToken } from "@/lib/livekit/schemas";
import { classifyDisconnect, explainConnectError, type RoomProblem } from "./connection-failure";
import { InCall } from "./in-call";

/**
 * The promise: a server that cannot be reached is reported within ten seconds
 * of pressing Join. The clock starts here, after the token request and loading
 * this module, so it keeps a second in hand for those.
 */
export const CONNECT_DEADLINE_MS = 9_000;

/**
 * How long a dropped call keeps trying before saying so: LiveKit's own delays,
 * cut after about sixteen seconds (its default tries for forty). Someone whose
 * server is gone learns it while they still wait, and Rejoin is one click.
 */
const RETRY_DELAYS_MS = [0, 300, 1_200, 2_700, 4_800, 7_000];
const reconnectPolicy: ReconnectPolicy = {
  nextRetryDelayInMs: ({ retryCount }: ReconnectContext) => RETRY_DELAYS_MS[retryCount] ?? null,
};

/**
 * The in-browser room: connects with the join token and shows the call.
 * Loaded lazily (next/dynamic) only on a meeting's page, so the rest of the
 * app ships none of LiveKit's code or styles.
 */
export default function Conference({
  token,
  choices,
  title,
  link,
  code,
  onLeft,
  onProblem,
}: {
  token: JoinToken;
  choices: JoinChoices;
  title: string;
  link: string;
  /** The meeting's code: asked about when LiveKit turns the join down, and for invitations. */
  code?: string;
  onLeft: () => void;
  onProblem: (problem: RoomProblem) => void;
}) {
  const [connected, setConnected] = useState(false);
  const connectedRef = useRef(false);
  const settledRef = useRef(false);
  const meetingCode = code ?? new URL(link).pathname.split("/").pop() ?? "";

  // A backstop to LiveKit's own timeouts: whatever happens, the person hears back within the deadline.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!connectedRef.current) settle("unreachable");
    }, CONNECT_DEADLINE_MS);
    return () => clearTimeout(timer);
    // Runs once per mounted connection attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function settle(problem: RoomProblem | null) {
    if (settledRef.current) return;
    settledRef.current = true;
    if (problem) onProblem(problem);
    else onLeft();
  }

  return (
    <LiveKitRoom
      serverUrl={token.serverUrl}
      token={token.token}
      connect
      video={choices.videoEnabled ? { deviceId: choices.videoDeviceId || undefined } : false}
      audio={choices.audioEnabled ? { deviceId: choices.audioDeviceId || undefined } : false}
      options={{ adaptiveStream: true, dynacast: true, reconnectPolicy }}
      connectOptions={{ autoSubscribe: true, maxRetries: 0, websocketTimeout: 7_000, peerConnectionTimeout: 8_000 }}
      onConnected={() => {
        connectedRef.current = true;
        setConnected(true);
      }}
      onError={(error) => {
        if (!connectedRef.current) void explainConnectError(error, meetingCode).then(settle);
      }}
      onDisconnected={(reason?: DisconnectReason) => {
        // Before connecting, onError has the better explanation.
        if (connectedRef.current) settle(classifyDisconnect(reason));
      }}
      data-lk-theme="default"
      className="flex h-[calc(100dvh-3.5rem)] min-h-[28rem] flex-col"
    >
      {connected ? (
        <InCall title={title} link={link} meetingCode={meetingCode} isOwner={token.role === "host"} />
      ) : (
        <div className="grid flex-1 place-items-center" role="status" data-testid="connecting">
          <p className="flex items-center gap-2 text-lg">
            <Spinner className="size-5" /> Connecting to the meeting…
          </p>
        </div>
      )}
    </LiveKitRoom>
  );
}
