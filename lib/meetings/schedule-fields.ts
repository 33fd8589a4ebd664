import { TZDate } from "@date-fns/tz";

/**
 * The dashboard's form edits a start time as a date, a time of day and an
 * IANA zone, as people think of it; the API takes one ISO 8601 instant.
 */
export function toStartsAt(date: string, time: string, timeZone: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return null;
  try {
    const instant = new TZDate(+day[1]!, +day[2]! - 1, +day[3]!, +clock[1]!, +clock[2]!, timeZone);
    return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime()).toISOString();
  } catch {
    return null;
  }
}

/** The date and time of day of `startsAt` as seen in `timeZone`, for the form's inputs. */
export function fromStartsAt(startsAt: string, timeZone: string): { date: string; time: string } {
  const local = new TZDate(startsAt, timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}
