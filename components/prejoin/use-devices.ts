"use client";

import { useEffect, useState } from "react";

/**
 * The browser's cameras or microphones. Listed again whenever a preview
 * starts (labels only appear once access is granted) and when devices are
 * plugged in or out.
 */
export function useDevices(kind: MediaDeviceKind, refreshKey: unknown): MediaDeviceInfo[] {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);

  useEffect(() => {
    const mediaDevices = typeof navigator === "undefined" ? undefined : navigator.mediaDevices;
    if (!mediaDevices?.enumerateDevices) return;
    let cancelled = false;
    const list = () => {
      mediaDevices.enumerateDevices().then(
        (all) => {
          if (!cancelled) setDevices(all.filter((device) => device.kind === kind && device.deviceId));
        },
        () => undefined,
      );
    };
    list();
    mediaDevices.addEventListener("devicechange", list);
    return () => {
      cancelled = true;
      mediaDevices.removeEventListener("devicechange", list);
    };
  }, [kind, refreshKey]);

  return devices;
}
