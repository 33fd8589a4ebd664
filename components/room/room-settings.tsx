"use client";

import { MediaDeviceSelect, usePersistentUserChoices } from "@livekit/components-react";
import { supportsAudioOutputSelection } from "livekit-client";

/** Device choice during the call: camera, microphone and (where the browser allows) speaker. */
export function RoomSettings() {
  return (
    <div className="grid gap-4">
      <DeviceList kind="videoinput" title="Camera" />
      <DeviceList kind="audioinput" title="Microphone" />
      {supportsAudioOutputSelection() && <DeviceList kind="audiooutput" title="Speaker" />}
    </div>
  );
}

function DeviceList({ kind, title }: { kind: MediaDeviceKind; title: string }) {
  // Choices made here are remembered for the next visit, as on the pre-join screen.
  const { saveAudioInputDeviceId, saveVideoInputDeviceId } = usePersistentUserChoices({ preventLoad: true });
  const save =
    kind === "videoinput" ? saveVideoInputDeviceId : kind === "audioinput" ? saveAudioInputDeviceId : undefined;
  return (
    <div className="grid gap-2">
      <h3 className="text-sm font-medium">{title}</h3>
      <MediaDeviceSelect kind={kind} requestPermissions={false} onActiveDeviceChange={(id) => save?.(id)} />
    </div>
  );
}
