"use client";

import { useEffect, useRef } from "react";

/**
 * Google Meet's shortcuts: Ctrl+D (⌘D on a Mac) turns the camera on or off,
 * Ctrl+E (⌘E) the microphone. They take over the browser's own (bookmark,
 * search) only while the call is on screen.
 */
export function useMediaShortcuts(actions: { toggleCamera: () => void; toggleMicrophone: () => void }) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== "d" && key !== "e") return;
      event.preventDefault();
      if (key === "d") latest.current.toggleCamera();
      else latest.current.toggleMicrophone();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** How the shortcut reads on this machine: "⌘" on Apple's systems, "Ctrl+" elsewhere. */
export function shortcutLabel(key: string): string {
  const apple = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  return apple ? `⌘${key}` : `Ctrl+${key}`;
}
