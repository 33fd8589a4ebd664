import type { Attendance } from "./schemas";

const header = [
  "session_id",
  "session_started_at",
  "session_ended_at",
  "identity",
  "name",
  "user_id",
  "first_joined_at",
  "last_left_at",
  "duration_seconds",
  "joins",
];

/** One row per attendee per session, after a header line; times in UTC (ISO 8601), RFC 4180 quoting. */
export function attendanceCsv(attendance: Attendance): string {
  const rows = attendance.sessions.flatMap((session) =>
    session.attendees.map((a) => [
      session.id,
      session.startedAt,
      session.endedAt,
      a.identity,
      a.name,
      a.userId,
      a.firstJoinedAt,
      a.lastLeftAt,
      a.durationSeconds,
      a.joins,
    ]),
  );
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: names are typed by guests.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
