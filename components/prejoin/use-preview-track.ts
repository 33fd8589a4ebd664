"use client";

import { useEffect, useState } from "react";
import { classifyMediaError, type DeviceKind, type MediaProblem } from "./media-errors";

type PreviewState =
  | { status: "off"; track: null; problem: null }
  | { status: "starting"; track: null; problem: null }
  | { status: "on"; track: MediaStreamTrack; problem: null }
  | { status: "failed"; track: null; problem: MediaProblem };

/** What the preview asks for: exactly the chosen device when there is one, 720p video. */
function constraints(kind: DeviceKind, deviceId: string): MediaStreamConstraints {
  // Chrome treats a non-exact deviceId as a mere preference and may open another device.
  const device = deviceId ? { deviceId: { exact: deviceId } } : {};
  return kind === "camera"
    ? { video: { ...device, width: { ideal: 1280 }, height: { ideal: 720 } } }
    : { audio: { ...device } };
}

/** The chosen device, or the system's default when the chosen one is gone (unplugged since last time). */
async function openDevice(kind: DeviceKind, deviceId: string): Promise<MediaStream> {
  // Absent outside secure contexts (plain http on another host): reported like any failure.
  const media = navigator.mediaDevices as MediaDevices | undefined;
  if (!media) throw new DOMException("No media devices here.", "NotSupportedError");
  try {
    return await media.getUserMedia(constraints(kind, deviceId));
  } catch (error) {
    if (!deviceId || classifyMediaError(error) !== "missing") throw error;
    return media.getUserMedia(constraints(kind, ""));
  }
}

/**
 * A camera or microphone track for the pre-join preview, started when
 * `enabled` and stopped when turned off, when the device changes, or on
 * unmount. Plain getUserMedia: the pre-join screen loads none of LiveKit's
 * code, so it is ready sooner. Camera and microphone start separately, so
 * that a blocked camera does not silence a working microphone, and each
 * failure is reported on its own. Bump `attempt` to retry.
 */
export function usePreviewTrack(kind: DeviceKind, enabled: boolean, deviceId: string, attempt: number): PreviewState {
  // The outcome of the current request; anything else (or nothing yet) means it is still starting.
  const request = `${deviceId}|${attempt}`;
  const [result, setResult] = useState<{
    request: string;
    track: MediaStreamTrack | null;
    problem: MediaProblem | null;
  } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let created: MediaStreamTrack | null = null;
    openDevice(kind, deviceId).then(
      (stream) => {
        const [track] = stream.getTracks();
        if (cancelled || !track) return void stream.getTracks().forEach((each) => each.stop());
        created = track;
        setResult({ request, track, problem: null });
      },
      (error: unknown) => {
        if (!cancelled) setResult({ request, track: null, problem: classifyMediaError(error) });
      },
    );
    return () => {
      cancelled = true;
      created?.stop();
      setResult(null);
    };
  }, [kind, enabled, deviceId, attempt, request]);

  if (!enabled) return { status: "off", track: null, problem: null };
  if (!result || result.request !== request) return { status: "starting", track: null, problem: null };
  if (result.track) return { status: "on", track: result.track, problem: null };
  return { status: "failed", track: null, problem: result.problem ?? "other" };
}
