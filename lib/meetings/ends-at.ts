/** How long a scheduled meeting without a duration is taken to last, to tell upcoming from past. */
export const ASSUMED_DURATION_MINUTES = 60;

/**
 * When a scheduled meeting is over. Stored on the meeting (`endsAt`) so that
 * lists can split upcoming from past meetings in SQL.
 */
export function endsAt(startsAt: Date | null, durationMinutes: number | null): Date | null {
  if (!startsAt) return null;
  return new Date(startsAt.getTime() + (durationMinutes ?? ASSUMED_DURATION_MINUTES) * 60_000);
}
