"use client";

import {
  ConnectionQualityIndicator,
  useIsSpeaking,
  useParticipantAttribute,
  useParticipants,
  useTrackMutedIndicator,
} from "@livekit/components-react";
import { Track, type Participant } from "livekit-client";
import { Mic, MicOff, Video, VideoOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

/** Everyone in the call: name, host badge, who is speaking, muted microphone or camera, connection quality. */
export function ParticipantsPanel() {
  const participants = useParticipants();
  return (
    <ul aria-label="People in the meeting" className="grid gap-1">
      {participants.map((participant) => (
        <ParticipantRow key={participant.identity} participant={participant} />
      ))}
    </ul>
  );
}

function ParticipantRow({ participant }: { participant: Participant }) {
  const speaking = useIsSpeaking(participant);
  const isHost = useParticipantAttribute("role", { participant }) === "host";
  const micOff = useTrackMutedIndicator({ participant, source: Track.Source.Microphone }).isMuted;
  const cameraOff = useTrackMutedIndicator({ participant, source: Track.Source.Camera }).isMuted;
  const name = participant.name || participant.identity;
  return (
    <li
      data-testid="participant-row"
      data-speaking={speaking}
      className={cn(
        "flex items-center gap-2 rounded-md px-2 py-1.5",
        speaking && "ring-primary bg-accent text-accent-foreground ring-2",
      )}
    >
      <span className="min-w-0 flex-1 truncate" data-testid="participant-name">
        {name}
        {participant.isLocal && <span className="text-muted-foreground"> (you)</span>}
      </span>
      {isHost && <Badge>Host</Badge>}
      {speaking && <span className="sr-only">speaking</span>}
      <StateIcon off={micOff} On={Mic} Off={MicOff} what="Microphone" />
      <StateIcon off={cameraOff} On={Video} Off={VideoOff} what="Camera" />
      <ConnectionQualityIndicator participant={participant} aria-label="Connection quality" role="img" />
    </li>
  );
}

function StateIcon({ off, On, Off, what }: { off: boolean; On: typeof Mic; Off: typeof Mic; what: string }) {
  const Icon = off ? Off : On;
  const label = `${what} ${off ? "off" : "on"}`;
  return (
    <span role="img" aria-label={label} title={label} className={cn("inline-flex", off && "text-destructive")}>
      <Icon aria-hidden className="size-4" />
    </span>
  );
}
