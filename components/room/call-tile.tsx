"use client";

import {
  AudioTrack,
  ConnectionQualityIndicator,
  ParticipantName,
  ParticipantPlaceholder,
  ParticipantTile,
  TrackMutedIndicator,
  VideoTrack,
  isTrackReference,
  useFocusToggle,
  useTrackRefContext,
} from "@livekit/components-react";
import { Track } from "livekit-client";
import { Maximize2, Minimize2, MonitorUp } from "lucide-react";

/**
 * LiveKit's ParticipantTile with its own default contents, except the pin
 * button: LiveKit's has only an icon, so screen readers announce a nameless
 * button. This one says whose tile it pins, and whether it is pinned.
 */
export function CallTile() {
  return (
    <ParticipantTile>
      <TileContents />
    </ParticipantTile>
  );
}

function TileContents() {
  const trackRef = useTrackRefContext();
  const isScreen = trackRef.source === Track.Source.ScreenShare;
  const name = trackRef.participant.name || trackRef.participant.identity;
  const { mergedProps, inFocus } = useFocusToggle({ trackRef, props: {} });
  const published = isTrackReference(trackRef);
  return (
    <>
      {published &&
      (trackRef.publication.kind === Track.Kind.Video || isScreen || trackRef.source === Track.Source.Camera) ? (
        <VideoTrack trackRef={trackRef} />
      ) : (
        published && <AudioTrack trackRef={trackRef} />
      )}
      <div className="lk-participant-placeholder">
        <ParticipantPlaceholder />
      </div>
      <div className="lk-participant-metadata">
        <div className="lk-participant-metadata-item">
          {isScreen ? (
            <>
              <MonitorUp aria-hidden className="mr-1 size-4" />
              <ParticipantName>’s screen</ParticipantName>
            </>
          ) : (
            <>
              <TrackMutedIndicator
                trackRef={{ participant: trackRef.participant, source: Track.Source.Microphone }}
                show="muted"
              />
              <ParticipantName />
            </>
          )}
        </div>
        <ConnectionQualityIndicator className="lk-participant-metadata-item" />
      </div>
      <button
        {...mergedProps}
        aria-label={inFocus ? `Unpin ${name}` : `Pin ${name}${isScreen ? "’s screen" : ""}`}
        aria-pressed={inFocus}
      >
        {inFocus ? <Minimize2 aria-hidden className="size-4" /> : <Maximize2 aria-hidden className="size-4" />}
      </button>
    </>
  );
}
