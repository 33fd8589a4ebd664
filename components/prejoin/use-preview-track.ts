"use client";

import {
  createLocalAudioTrack,
  createLocalVideoTrack,
  type LocalAudioTrack,
  type LocalVideoTrack,
} from "livekit-client";
import { useEffect, useState } from "react";
import { classifyMediaError, type MediaProblem } from "./media-errors";

type PreviewState<T> =
  | { status: "off"; track: null; problem: null }
  | { status: "starting"; track: null; problem: null }
  | { status: "on"; track: T; problem: null }
  | { status: "failed"; track: null; problem: MediaProblem };

/**
 * A local camera or microphone track for the pre-join preview, started when
 * `enabled` and stopped when turned off, when the device changes, or on
 * unmount. Camera and microphone start separately, so that a blocked camera
 * does not silence a working microphone, and each failure is reported on its own.
 * Bump `attempt` to retry.
 */
export function usePreviewTrack<K extends "camera" | "microphone">(
  kind: K,
  enabled: boolean,
  deviceId: string,
  attempt: number,
): PreviewState<K extends "camera" ? LocalVideoTrack : LocalAudioTrack> {
  type T = K extends "camera" ? LocalVideoTrack : LocalAudioTrack;
  // The outcome of the current request; anything else (or nothing yet) means it is still starting.
  const request = `${deviceId}|${attempt}`;
  const [result, setResult] = useState<{ request: string; track: T | null; problem: MediaProblem | null } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let created: T | null = null;
    const device = deviceId ? { deviceId } : {};
    const start =
      kind === "camera"
        ? createLocalVideoTrack({ ...device, resolution: { width: 1280, height: 720 } })
        : createLocalAudioTrack(device);
    start.then(
      (track) => {
        if (cancelled) return void track.stop();
        created = track as T;
        setResult({ request, track: created, problem: null });
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
