"use client";

import { createContext, useContext, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { PresenceSummary } from "@/lib/attendance/schemas";
import { formatDuration } from "@/lib/meetings/format-schedule";
import { LocalTime } from "./local-time";
import { usePresenceStream } from "./use-presence-stream";

const Presence = createContext<Map<string, PresenceSummary>>(new Map());

/** One stream for the whole dashboard: every badge below reads from it. */
export function LivePresenceProvider({ initial, children }: { initial: PresenceSummary[]; children: ReactNode }) {
  return <Presence value={usePresenceStream("/api/v1/presence", initial)}>{children}</Presence>;
}

/** "Live · 3 people" with their initials, or when the meeting last took place and for how long. */
export function LiveBadge({ meetingId }: { meetingId: string }) {
  const summary = useContext(Presence).get(meetingId);
  if (!summary) return null;
  if (summary.live.status === "live") {
    const count = summary.live.participantCount;
    return (
      <Badge
        className="border-red-600/30 bg-red-600/10 text-red-700 dark:text-red-300"
        title={summary.names.join(", ")}
        data-testid="live-badge"
      >
        <span aria-hidden className="size-2 animate-pulse rounded-full bg-red-600" />
        Live · {count} {count === 1 ? "person" : "people"}
        <span className="sr-only">: {summary.names.join(", ")}</span>
        <span aria-hidden className="font-mono">
          {summary.names.slice(0, 3).map(initials).join(" ")}
        </span>
      </Badge>
    );
  }
  if (!summary.lastSession) return null;
  const { startedAt, endedAt } = summary.lastSession;
  const minutes = Math.max(1, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 60_000));
  return (
    <span className="text-xs" data-testid="last-session">
      Held <LocalTime iso={endedAt} />
      {" · "}
      {formatDuration(minutes)}
    </span>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}
