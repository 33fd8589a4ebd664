"use client";

import {
  LayoutContextProvider,
  RoomAudioRenderer,
  StartAudio,
  useChat,
  useCreateLayoutContext,
} from "@livekit/components-react";
import { useState } from "react";
import { CallControls, type Panel } from "./call-controls";
import { CallHeader } from "./call-header";
import { CallStage, type Layout } from "./call-stage";
import { ChatPanel } from "./chat-panel";
import { InvitePanel } from "./invite-panel";
import { ParticipantsPanel } from "./participants-panel";
import { ReconnectingBanner } from "./reconnecting-banner";
import { RoomSettings } from "./room-settings";
import { SidePanel } from "./side-panel";

const panelTitles: Record<Panel, string> = {
  people: "People",
  chat: "Chat",
  invite: "Invite people",
  settings: "Settings",
};

/** The call once connected: title bar, tiles, one side panel at a time, the control bar. */
export function InCall({
  title,
  link,
  meetingCode,
  isOwner,
}: {
  title: string;
  link: string;
  meetingCode: string;
  isOwner: boolean;
}) {
  const layoutContext = useCreateLayoutContext();
  const [layout, setLayout] = useState<Layout>("grid");
  const [panel, setPanel] = useState<Panel | null>(null);
  const chat = useChat();
  const unread = useUnread(chat.chatMessages, panel === "chat");

  function togglePanel(next: Panel) {
    setPanel((open) => (open === next ? null : next));
  }
  function closePanel() {
    // Back to the button that opened it, as a dialog would.
    const opener = document.querySelector<HTMLButtonElement>(`[data-panel="${panel}"]`);
    setPanel(null);
    opener?.focus();
  }

  return (
    <LayoutContextProvider value={layoutContext}>
      <ReconnectingBanner />
      <CallHeader title={title} layout={layout} onLayoutChange={setLayout} />
      <div className="flex min-h-0 flex-1">
        <section className="lk-video-conference min-w-0 flex-1" aria-label="Participants' video">
          <CallStage layout={layout} />
        </section>
        {panel && (
          <SidePanel id={panel} title={panelTitles[panel]} onClose={closePanel}>
            {panel === "people" && <ParticipantsPanel />}
            {panel === "chat" && <ChatPanel chat={chat} />}
            {panel === "invite" && <InvitePanel link={link} meetingCode={meetingCode} isOwner={isOwner} />}
            {panel === "settings" && <RoomSettings />}
          </SidePanel>
        )}
      </div>
      <CallControls panel={panel} onPanel={togglePanel} unread={unread} />
      <RoomAudioRenderer />
      <StartAudio label="Click to allow audio playback" />
    </LayoutContextProvider>
  );
}

/** Messages from others that arrived while the chat was closed. */
function useUnread(messages: { from?: { isLocal: boolean } }[], reading: boolean): number {
  const [seen, setSeen] = useState(0);
  const fromOthers = messages.filter((message) => !message.from?.isLocal).length;
  // Adjusting state while rendering, as React's docs advise over an effect: read means seen.
  if (reading && seen !== fromOthers) setSeen(fromOthers);
  return reading ? 0 : fromOthers - seen;
}
