import { CalendarClock, Settings, Users, Video } from "lucide-react";
import Link from "next/link";
import { LiveBadge } from "@/components/attendance/live-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDuration, formatMeetingTime } from "@/lib/meetings/format-schedule";
import type { MeetingResource } from "@/lib/meetings/schemas";

/** One section of the dashboard (upcoming, any time, past), or its empty state. */
export function MeetingList({ title, meetings, empty }: { title: string; meetings: MeetingResource[]; empty: string }) {
  const headingId = `${title.toLowerCase().replaceAll(" ", "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <h2 id={headingId} className="text-muted-foreground text-sm font-semibold tracking-wide uppercase">
        {title}
      </h2>
      {meetings.length === 0 ? (
        <p className="text-muted-foreground rounded-lg border border-dashed p-6 text-center text-sm">{empty}</p>
      ) : (
        <ul className="bg-card divide-y rounded-lg border">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
              <div className="grid min-w-0 flex-1 gap-1">
                <Link href={`/meetings/${meeting.id}`} className="truncate font-medium hover:underline">
                  {meeting.title}
                </Link>
                <div className="text-muted-foreground flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  {meeting.startsAt && (
                    <span className="flex items-center gap-1">
                      <CalendarClock aria-hidden className="size-3.5" />
                      <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, meeting.timeZone)}</time>
                      {meeting.durationMinutes && <span>· {formatDuration(meeting.durationMinutes)}</span>}
                    </span>
                  )}
                  <span className="font-mono">{meeting.code}</span>
                  <Badge>{meeting.provider === "jitsi" ? "Jitsi" : "Qari video"}</Badge>
                  <LiveBadge meetingId={meeting.id} />
                </div>
              </div>
              <div className="flex items-center gap-1">
                <CopyButton
                  value={meeting.link}
                  what="Link"
                  size="sm"
                  variant="ghost"
                  aria-label={`Copy link of ${meeting.title}`}
                >
                  Copy link
                </CopyButton>
                <Button asChild size="sm" variant="ghost">
                  <Link href={`/m/${meeting.code}`} aria-label={`Join ${meeting.title}`}>
                    <Video aria-hidden /> Join
                  </Link>
                </Button>
                <Button asChild size="sm" variant="ghost">
                  <Link href={`/meetings/${meeting.id}/attendance`} aria-label={`Attendance of ${meeting.title}`}>
                    <Users aria-hidden />
                  </Link>
                </Button>
                <Button asChild size="sm" variant="ghost">
                  <Link href={`/meetings/${meeting.id}`} aria-label={`Settings of ${meeting.title}`}>
                    <Settings aria-hidden />
                  </Link>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
