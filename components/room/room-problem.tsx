"use client";

import { Ban, DoorClosed, PlugZap, RefreshCw, ShieldAlert, UserX, Users, WifiOff } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { RoomProblem } from "./connection-failure";

export type JoinProblem = RoomProblem | "unconfigured";

const copy: Record<JoinProblem, { Icon: typeof Ban; title: string; text: string; canRetry: boolean }> = {
  unreachable: {
    Icon: WifiOff,
    title: "The meeting server cannot be reached",
    text: "Qari could not connect to its video server. Check your connection, or try again in a moment: the server may be restarting.",
    canRetry: true,
  },
  full: {
    Icon: Users,
    title: "This meeting is full",
    text: "The room has reached the number of participants its organiser allowed. Try again when someone leaves.",
    canRetry: true,
  },
  ended: {
    Icon: DoorClosed,
    title: "The meeting has ended",
    text: "The host ended the meeting for everyone.",
    canRetry: true,
  },
  removed: {
    Icon: UserX,
    title: "You were removed from the meeting",
    text: "The host removed you from the room.",
    canRetry: false,
  },
  replaced: {
    Icon: Ban,
    title: "You joined from somewhere else",
    text: "You are in this meeting in another tab or on another device, so this one was disconnected.",
    canRetry: true,
  },
  lost: {
    Icon: PlugZap,
    title: "The connection was lost",
    text: "Your connection to the meeting dropped and could not be restored.",
    canRetry: true,
  },
  refused: {
    Icon: ShieldAlert,
    title: "The meeting server turned the connection down",
    text: "The video server did not accept this join. Try again; if it keeps happening, tell the organiser.",
    canRetry: true,
  },
  unconfigured: {
    Icon: PlugZap,
    title: "Video meetings are not set up on this server",
    text: "This Qari server has no LiveKit video server configured, so its meetings cannot be joined right now. Tell the server's administrator.",
    canRetry: false,
  },
};

/** What the meeting page shows when joining failed or the call ended other than by leaving. */
export function RoomProblemView({
  problem,
  onRetry,
  onBack,
  children,
}: {
  problem: JoinProblem;
  onRetry: () => void;
  onBack: () => void;
  children?: ReactNode;
}) {
  const { Icon, title, text, canRetry } = copy[problem];
  return (
    <div
      className="mx-auto grid w-full max-w-md content-center gap-4 px-4 py-16 text-center"
      data-testid={`problem-${problem}`}
    >
      <Icon aria-hidden className="text-muted-foreground mx-auto size-10" />
      <div role="alert" className="grid gap-4">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-muted-foreground">{text}</p>
      </div>
      {children}
      <div className="flex flex-wrap justify-center gap-2">
        {canRetry && (
          <Button onClick={onRetry}>
            <RefreshCw aria-hidden />{" "}
            {problem === "ended" || problem === "lost" || problem === "replaced" ? "Rejoin" : "Retry"}
          </Button>
        )}
        <Button variant="outline" onClick={onBack}>
          Back to the pre-join screen
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">Home</Link>
        </Button>
      </div>
    </div>
  );
}
