"use client";

import {
  AudioTrack,
  ConnectionQualityIndicator,
  ParticipantName,
  ParticipantPlaceholder,
  TrackMutedIndicator,
  VideoTrack,
  isTrackReference,
  useFocusToggle,
  useParticipantTile,
  useTrackRefContext,
  type TrackReferenceOrPlaceholder,
} from "@livekit/components-react";
import { Track } from "livekit-client";
import { Maximize2, Minimize2, MonitorUp } from "lucide-react";

/**
 * One video tile, built from LiveKit's parts as its ParticipantTile builds
 * it (same classes, styles and data attributes), except for the pin button:
 * LiveKit's is an icon with no name, which screen readers announce as a
 * nameless button. This one says whose tile it pins, and whether it is pinned.
 */
export function CallTile({ trackRef }: { trackRef: TrackReferenceOrPlaceholder }) {
  const { elementProps } = useParticipantTile({ trackRef, htmlProps: {} });
  const { mergedProps, inFocus } = useFocusToggle({ trackRef, props: {} });
  const { participant, source } = trackRef;
  const isScreen = source === Track.Source.ScreenShare;
  const name = participant.name || participant.identity;
  const published = isTrackReference(trackRef);
  const isVideo = isScreen || source === Track.Source.Camera || trackRef.publication?.kind === Track.Kind.Video;
  return (
    <div style={{ position: "relative" }} {...elementProps}>
      {published && (isVideo ? <VideoTrack trackRef={trackRef} /> : <AudioTrack trackRef={trackRef} />)}
      <div className="lk-participant-placeholder">
        <ParticipantPlaceholder />
      </div>
      <div className="lk-participant-metadata">
        <div className="lk-participant-metadata-item">
          {isScreen ? (
            <>
              <MonitorUp aria-hidden className="mr-1 size-4" />
              <ParticipantName participant={participant}>’s screen</ParticipantName>
            </>
          ) : (
            <>
              <TrackMutedIndicator trackRef={{ participant, source: Track.Source.Microphone }} show="muted" />
              <ParticipantName participant={participant} />
            </>
          )}
        </div>
        <ConnectionQualityIndicator participant={participant} className="lk-participant-metadata-item" />
      </div>
      <button
        {...mergedProps}
        aria-label={inFocus ? `Unpin ${name}` : `Pin ${name}${isScreen ? "’s screen" : ""}`}
        aria-pressed={inFocus}
      >
        {inFocus ? <Minimize2 aria-hidden className="size-4" /> : <Maximize2 aria-hidden className="size-4" />}
      </button>
    </div>
  );
}

/** For LiveKit's grid and carousel, which hand each tile its track through context. */
export function ContextTile() {
  return <CallTile trackRef={useTrackRefContext()} />;
}
