"use client";

import { Users } from "lucide-react";
import type { PresenceSummary } from "@/lib/attendance/schemas";
import { usePresenceStream } from "./use-presence-stream";

/** "Ana and 2 others are in this meeting", kept current without a reload. */
export function WhoIsHere({ meetingCode, initial }: { meetingCode: string; initial: PresenceSummary }) {
  const summary = usePresenceStream(`/api/v1/meetings/${meetingCode}/presence`, [initial]).get(initial.meetingId);
  return (
    <p className="text-muted-foreground flex items-center gap-1.5 text-sm" aria-live="polite" data-testid="who-is-here">
      <Users aria-hidden className="size-4" />
      {describePresence(summary?.names ?? [])}
    </p>
  );
}

export function describePresence(names: readonly string[]): string {
  const [first, second] = names;
  if (!first) return "Nobody is here yet";
  if (names.length === 1) return `${first} is in this meeting`;
  if (names.length === 2) return `${first} and ${second} are in this meeting`;
  return `${first} and ${names.length - 1} others are in this meeting`;
}
