/**
 * "Tue, 1 Dec 2026, 09:30 CET" in the zone the meeting was scheduled in (or
 * UTC), so everyone reads the time the organiser meant.
 */
export function formatMeetingTime(startsAt: Date | string, timeZone: string | null): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: timeZone ?? "UTC",
    timeZoneName: "short",
  }).format(new Date(startsAt));
}

export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
