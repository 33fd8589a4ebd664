"use client";

import {
  CarouselLayout,
  FocusLayoutContainer,
  GridLayout,
  isTrackReference,
  useLayoutContext,
  usePinnedTracks,
  useRoomContext,
  useTracks,
  type TrackReferenceOrPlaceholder,
} from "@livekit/components-react";
import { RoomEvent, Track, type Participant } from "livekit-client";
import { useEffect, useState } from "react";
import { CallTile, ContextTile } from "./call-tile";

export type Layout = "grid" | "speaker";

/**
 * The tiles: LiveKit's own grid, or its focus layout when a tile is pinned,
 * someone shares their screen, or the speaker layout is chosen.
 */
export function CallStage({ layout }: { layout: Layout }) {
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { updateOnlyOn: [RoomEvent.ActiveSpeakersChanged], onlySubscribed: false },
  );
  const pinned = usePinnedTracks(useLayoutContext())[0];
  const screenShare = tracks.find(
    (track) => isTrackReference(track) && track.publication.source === Track.Source.ScreenShare,
  );
  const speaker = useActiveSpeakerTrack(tracks);
  // A pinned tile or a screen share takes the stage in either layout; the speaker layout otherwise follows who talks.
  const focus = pinned ?? screenShare ?? (layout === "speaker" ? speaker : undefined);

  if (focus) {
    return (
      <div className="lk-focus-layout-wrapper h-full">
        <FocusLayoutContainer>
          <CarouselLayout tracks={tracks.filter((track) => track !== focus)}>
            <ContextTile />
          </CarouselLayout>
          <CallTile trackRef={focus} />
        </FocusLayoutContainer>
      </div>
    );
  }
  return (
    <div className="lk-grid-layout-wrapper h-full">
      <GridLayout tracks={tracks}>
        <ContextTile />
      </GridLayout>
    </div>
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
