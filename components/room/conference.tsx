"use client";

import "@livekit/components-styles";
import {
  CarouselLayout,
  Chat,
  ConnectionStateToast,
  ControlBar,
  FocusLayout,
  FocusLayoutContainer,
  GridLayout,
  LayoutContextProvider,
  LiveKitRoom,
  ParticipantTile,
  RoomAudioRenderer,
  StartAudio,
  isTrackReference,
  useCreateLayoutContext,
  useParticipants,
  usePinnedTracks,
  useRoomContext,
  useTracks,
  type TrackReferenceOrPlaceholder,
  type WidgetState,
} from "@livekit/components-react";
import { RoomEvent, Track, type DisconnectReason, type Participant } from "livekit-client";
import { LayoutGrid, UserRound, Users } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Spinner } from "@/components/ui/spinner";
import type { JoinChoices } from "@/components/prejoin/prejoin-panel";
import type { JoinToken } from "@/lib/livekit/schemas";
import { classifyConnectError, classifyDisconnect, type RoomProblem } from "./connection-failure";
import { RoomSettings } from "./room-settings";

/**
 * The promise: a server that cannot be reached is reported within ten seconds
 * of pressing Join. The clock starts here, after the token request and loading
 * this module, so it keeps a second in hand for those.
 */
export const CONNECT_DEADLINE_MS = 9_000;

type Layout = "grid" | "speaker";

/**
 * The in-browser room: connects with the join token and shows the
 * conference. Loaded lazily (next/dynamic) only on a meeting's page, so the
 * rest of the app ships none of LiveKit's code or styles.
 */
export default function Conference({
  token,
  choices,
  title,
  link,
  onLeft,
  onProblem,
}: {
  token: JoinToken;
  choices: JoinChoices;
  title: string;
  link: string;
  onLeft: () => void;
  onProblem: (problem: RoomProblem) => void;
}) {
  const [connected, setConnected] = useState(false);
  const connectedRef = useRef(false);
  const settledRef = useRef(false);

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
      options={{ adaptiveStream: true, dynacast: true }}
      connectOptions={{ autoSubscribe: true, maxRetries: 0, websocketTimeout: 7_000, peerConnectionTimeout: 8_000 }}
      onConnected={() => {
        connectedRef.current = true;
        setConnected(true);
      }}
      onError={(error) => {
        if (!connectedRef.current) settle(classifyConnectError(error));
      }}
      onDisconnected={(reason?: DisconnectReason) => {
        // Before connecting, onError has the better explanation.
        if (connectedRef.current) settle(classifyDisconnect(reason));
      }}
      data-lk-theme="default"
      className="flex h-[calc(100dvh-3.5rem)] min-h-[28rem] flex-col"
    >
      {connected ? (
        <InRoom title={title} link={link} />
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

function InRoom({ title, link }: { title: string; link: string }) {
  const [layout, setLayout] = useState<Layout>("grid");
  const [widget, setWidget] = useState<WidgetState>({ showChat: false, unreadMessages: 0, showSettings: false });
  const layoutContext = useCreateLayoutContext();
  const participants = useParticipants();

  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { updateOnlyOn: [RoomEvent.ActiveSpeakersChanged], onlySubscribed: false },
  );
  const pinned = usePinnedTracks(layoutContext)[0];
  const screenShare = tracks.find(
    (track) => isTrackReference(track) && track.publication.source === Track.Source.ScreenShare,
  );
  const speaker = useActiveSpeakerTrack(tracks);
  // A pinned tile or a screen share takes the stage in either layout; the speaker layout otherwise follows who talks.
  const focus = pinned ?? screenShare ?? (layout === "speaker" ? speaker : undefined);

  return (
    <LayoutContextProvider value={layoutContext} onWidgetChange={setWidget}>
      <header className="flex flex-wrap items-center gap-3 border-b border-white/10 px-4 py-2">
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold">{title}</h1>
        <span
          className="flex items-center gap-1 text-sm"
          aria-label={`${participants.length} in the meeting`}
          data-testid="participant-count"
        >
          <Users aria-hidden className="size-4" /> {participants.length}
        </span>
        <div role="group" aria-label="Layout" className="flex gap-1">
          <Button
            size="sm"
            variant={layout === "grid" ? "secondary" : "ghost"}
            aria-pressed={layout === "grid"}
            onClick={() => setLayout("grid")}
          >
            <LayoutGrid aria-hidden /> Grid
          </Button>
          <Button
            size="sm"
            variant={layout === "speaker" ? "secondary" : "ghost"}
            aria-pressed={layout === "speaker"}
            onClick={() => setLayout("speaker")}
          >
            <UserRound aria-hidden /> Speaker
          </Button>
        </div>
        <CopyButton value={link} what="Link" size="sm">
          Copy link
        </CopyButton>
      </header>
      <div className="lk-video-conference min-h-0 flex-1">
        <div className="lk-video-conference-inner">
          {focus ? (
            <div className="lk-focus-layout-wrapper">
              <FocusLayoutContainer>
                <CarouselLayout tracks={tracks.filter((track) => track !== focus)}>
                  <ParticipantTile />
                </CarouselLayout>
                <FocusLayout trackRef={focus} />
              </FocusLayoutContainer>
            </div>
          ) : (
            <div className="lk-grid-layout-wrapper">
              <GridLayout tracks={tracks}>
                <ParticipantTile />
              </GridLayout>
            </div>
          )}
          <ControlBar controls={{ chat: true, settings: true, screenShare: true, leave: true }} />
        </div>
        <Chat style={{ display: widget.showChat ? "grid" : "none" }} />
        {widget.showSettings && (
          <div className="lk-settings-menu-modal" style={{ display: "block" }}>
            <RoomSettings />
          </div>
        )}
      </div>
      <RoomAudioRenderer />
      <StartAudio label="Click to allow audio playback" />
      <ConnectionStateToast />
    </LayoutContextProvider>
  );
}

/** The camera of whoever spoke last (not oneself, unless alone), kept while nobody speaks. */
function useActiveSpeakerTrack(tracks: TrackReferenceOrPlaceholder[]): TrackReferenceOrPlaceholder | undefined {
  const room = useRoomContext();
  const [lastSpeaker, setLastSpeaker] = useState<string | null>(null);
  useEffect(() => {
    const onSpeakersChanged = (speakers: Participant[]) => {
      const remote = speakers.find((participant) => !participant.isLocal);
      if (remote) setLastSpeaker(remote.identity);
    };
    room.on(RoomEvent.ActiveSpeakersChanged, onSpeakersChanged);
    return () => void room.off(RoomEvent.ActiveSpeakersChanged, onSpeakersChanged);
  }, [room]);
  const cameras = tracks.filter((track) => track.source === Track.Source.Camera);
  return (
    cameras.find((track) => track.participant.identity === lastSpeaker) ??
    cameras.find((track) => !track.participant.isLocal) ??
    cameras[0]
  );
}
