"use client";

import { useEffect, useState } from "react";
import type { PresenceSummary } from "@/lib/attendance/schemas";

/**
 * The latest presence of each meeting, by id: `initial` from the server, then
 * whatever the stream at `url` pushes (EventSource reconnects by itself).
 */
export function usePresenceStream(url: string, initial: readonly PresenceSummary[]): Map<string, PresenceSummary> {
  const [summaries, setSummaries] = useState(() => new Map(initial.map((s) => [s.meetingId, s])));
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener("presence", (event) => {
      const summary = JSON.parse((event as MessageEvent<string>).data) as PresenceSummary;
      setSummaries((current) => new Map(current).set(summary.meetingId, summary));
    });
    return () => source.close();
  }, [url]);
  return summaries;
}
