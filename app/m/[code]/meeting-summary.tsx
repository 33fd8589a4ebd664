import { CalendarClock, Clock } from "lucide-react";
import { WhoIsHere } from "@/components/attendance/who-is-here";
import { Badge } from "@/components/ui/badge";
import type { PresenceSummary } from "@/lib/attendance/schemas";
import type { Meeting } from "@/lib/db";
import { formatMeetingCode } from "@/lib/meetings/code";
import { formatDuration, formatMeetingTime } from "@/lib/meetings/format-schedule";

/** The meeting's title, code and schedule above the join form: people check they are in the right place. */
export function MeetingSummary({ meeting, presence }: { meeting: Meeting; presence: PresenceSummary | null }) {
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge className="font-mono">{formatMeetingCode(meeting.code)}</Badge>
        <Badge>{meeting.provider === "jitsi" ? "Jitsi Meet" : "Qari video"}</Badge>
      </div>
      <h1 className="text-2xl leading-tight font-semibold">{meeting.title}</h1>
      {meeting.description && (
        <p className="text-muted-foreground text-sm whitespace-pre-line">{meeting.description}</p>
      )}
      <p
        className="text-muted-foreground flex flex-wrap items-center gap-x-4 gap-y-1 text-sm"
        data-testid="join-location"
      >
        {meeting.startsAt ? (
          <span className="flex items-center gap-1.5">
            <CalendarClock aria-hidden className="size-4" />
            <time dateTime={meeting.startsAt.toISOString()}>
              {formatMeetingTime(meeting.startsAt, meeting.timeZone)}
            </time>
          </span>
        ) : (
          <span className="flex items-center gap-1.5">
            <Clock aria-hidden className="size-4" /> Open any time
          </span>
        )}
        {meeting.durationMinutes && <span>{formatDuration(meeting.durationMinutes)}</span>}
      </p>
      {presence && <WhoIsHere meetingCode={formatMeetingCode(meeting.code)} initial={presence} />}
    </div>
  );
}
