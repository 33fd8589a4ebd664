"use client";

import { MediaDeviceSelect, useLayoutContext, usePersistentUserChoices } from "@livekit/components-react";
import { supportsAudioOutputSelection } from "livekit-client";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Device choice during the call: camera, microphone and (where the browser allows) speaker. */
export function RoomSettings() {
  const { widget } = useLayoutContext();
  return (
    <section aria-labelledby="room-settings-title" className="grid gap-4">
      <div className="flex items-center justify-between">
        <h2 id="room-settings-title" className="text-lg font-semibold">
          Settings
        </h2>
        <Button
          size="icon"
          variant="ghost"
          aria-label="Close settings"
          onClick={() => widget.dispatch?.({ msg: "toggle_settings" })}
        >
          <X aria-hidden />
        </Button>
      </div>
      <DeviceList kind="videoinput" title="Camera" />
      <DeviceList kind="audioinput" title="Microphone" />
      {supportsAudioOutputSelection() && <DeviceList kind="audiooutput" title="Speaker" />}
    </section>
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
