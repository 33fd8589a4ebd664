"use client";

import { useSyncExternalStore } from "react";

/**
 * The pre-join choices, remembered in this browser: camera and microphone on
 * or off, the devices, and the name. Kept under LiveKit's own key and shape,
 * so the room's device menus (LiveKit's `usePersistentUserChoices`) read and
 * update the same record — without loading LiveKit's code on the pre-join screen.
 */
export interface RememberedChoices {
  videoEnabled: boolean;
  audioEnabled: boolean;
  videoDeviceId: string;
  audioDeviceId: string;
  username: string;
}

const STORAGE_KEY = "lk-user-choices";
const defaults: RememberedChoices = {
  videoEnabled: true,
  audioEnabled: true,
  videoDeviceId: "default",
  audioDeviceId: "default",
  username: "",
};

const listeners = new Set<() => void>();
let cached: { raw: string | null; choices: RememberedChoices } = { raw: null, choices: defaults };

function read(): RememberedChoices {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private modes, policies): then nothing is remembered.
  }
  // The same object while the stored text is unchanged, as useSyncExternalStore requires.
  if (raw !== cached.raw) cached = { raw, choices: { ...defaults, ...parse(raw) } };
  return cached.choices;
}

function parse(raw: string | null): Partial<RememberedChoices> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function save(change: Partial<RememberedChoices>) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...read(), ...change }));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

/** The remembered choices (the defaults while rendering on the server) and a way to change them. */
export function useJoinChoices(): [RememberedChoices, (change: Partial<RememberedChoices>) => void] {
  return [useSyncExternalStore(subscribe, read, () => defaults), save];
}

