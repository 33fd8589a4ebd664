"use client";

import { useDisconnectButton, useTrackToggle } from "@livekit/components-react";
import { Track } from "livekit-client";
import {
  MessageSquare,
  Mic,
  MicOff,
  MonitorUp,
  PhoneOff,
  Settings,
  UserPlus,
  Users,
  Video,
  VideoOff,
  type LucideIcon,
} from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { shortcutLabel, useMediaShortcuts } from "./use-media-shortcuts";

export type Panel = "people" | "chat" | "invite" | "settings";

/**
 * The call's control bar, as Meet lays it out: round buttons that fit a
 * 390 px phone; each says what it does (and its shortcut) in its title.
 */
export function CallControls({
  panel,
  onPanel,
  unread,
}: {
  panel: Panel | null;
  onPanel: (panel: Panel) => void;
  unread: number;
}) {
  const microphone = useTrackToggle({ source: Track.Source.Microphone });
  const camera = useTrackToggle({ source: Track.Source.Camera });
  const screen = useTrackToggle({ source: Track.Source.ScreenShare, captureOptions: { audio: false } });
  const { buttonProps: leave } = useDisconnectButton({});
  useMediaShortcuts({
    toggleCamera: () => void camera.toggle(),
    toggleMicrophone: () => void microphone.toggle(),
  });

  // Microphone and camera: on/off with Meet's shortcut (Ctrl+E, Ctrl+D), announced in the title.
  const mediaButton = (
    device: { enabled: boolean; pending: boolean; toggle: () => Promise<unknown> },
    label: "Microphone" | "Camera",
    key: "E" | "D",
    On: LucideIcon,
    Off: LucideIcon,
  ) => (
    <ControlButton
      label={label}
      title={`Turn ${device.enabled ? "off" : "on"} ${label.toLowerCase()} (${shortcutLabel(key)})`}
      Icon={device.enabled ? On : Off}
      aria-pressed={device.enabled}
      aria-keyshortcuts={`Control+${key}`}
      disabled={device.pending}
      off={!device.enabled}
      onClick={() => void device.toggle()}
    />
  );

  const panelButton = (name: Panel, label: string, Icon: LucideIcon, badge?: number) => (
    <ControlButton
      label={label}
      Icon={Icon}
      aria-pressed={panel === name}
      active={panel === name}
      aria-controls={panel === name ? name : undefined}
      data-panel={name}
      onClick={() => onPanel(name)}
      badge={badge}
    />
  );

  return (
    <nav aria-label="Call controls" className="flex justify-center gap-1.5 border-t border-white/10 px-2 py-2 sm:gap-3">
      {mediaButton(microphone, "Microphone", "E", Mic, MicOff)}
      {mediaButton(camera, "Camera", "D", Video, VideoOff)}
      <ControlButton
        label="Share screen"
        title={screen.enabled ? "Stop sharing your screen" : "Share your screen"}
        Icon={MonitorUp}
        aria-pressed={screen.enabled}
        active={screen.enabled}
        disabled={screen.pending}
        onClick={() => void screen.toggle()}
      />
      {panelButton("people", "People", Users)}
      {panelButton("chat", "Chat", MessageSquare, unread)}
      {panelButton("invite", "Invite people", UserPlus)}
      {panelButton("settings", "Settings", Settings)}
      <ControlButton
        label="Leave call"
        Icon={PhoneOff}
        {...leave}
        className="bg-red-600 text-white hover:bg-red-700 sm:w-16"
      />
    </nav>
  );
}

function ControlButton({
  label,
  title,
  Icon,
  off,
  active,
  badge,
  className,
  ...props
}: ComponentProps<"button"> & { label: string; Icon: LucideIcon; off?: boolean; active?: boolean; badge?: number }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={title ?? label}
      className={cn(
        "relative inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-white/10 text-white transition-colors hover:bg-white/20 focus-visible:ring-2 focus-visible:ring-white focus-visible:outline-none disabled:opacity-50 sm:size-11",
        off && "bg-red-600 hover:bg-red-700",
        active && "bg-sky-300 text-black hover:bg-sky-200",
        className,
      )}
      {...props}
    >
      <Icon aria-hidden className="size-5" />
      {badge ? (
        <span className="absolute -top-1 -right-1 rounded-full bg-sky-300 px-1.5 text-xs font-semibold text-black">
          {badge}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </button>
  );
}
