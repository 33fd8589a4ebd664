import { CalendarClock, Clock, Globe, MonitorPlay } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { MeetingGone } from "@/components/meetings/meeting-gone";
import { jitsiRoomUrl } from "@/lib/jitsi/room-url";
import { formatMeetingCode } from "@/lib/meetings/code";
import { findMeetingByCode } from "@/lib/meetings/find-meeting-by-code";
import { formatDuration, formatMeetingTime } from "@/lib/meetings/format-schedule";
import { meetingLink } from "@/lib/meetings/links";

export async function generateMetadata({ params }: PageProps<"/m/[code]">): Promise<Metadata> {
  const meeting = await findMeetingByCode((await params).code);
  if (!meeting) return { title: "Meeting not found" };
  return { title: meeting.deletedAt ? "Meeting deleted" : meeting.title, robots: { index: false } };
}

export default async function MeetingPage({ params }: PageProps<"/m/[code]">) {
  const { code } = await params;
  const meeting = await findMeetingByCode(code);
  if (!meeting) notFound();
  if (meeting.deletedAt) return <MeetingGone reason="deleted" />;

  const canonical = formatMeetingCode(meeting.code);
  if (code !== canonical) redirect(`/m/${canonical}`);

  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-10">
      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-center gap-2">
            <Badge className="font-mono">{canonical}</Badge>
            <Badge>{meeting.provider === "jitsi" ? "Jitsi Meet" : "Qari video"}</Badge>
          </div>
          <h1 className="text-2xl leading-tight font-semibold">{meeting.title}</h1>
          {meeting.description && (
            <CardDescription className="whitespace-pre-line">{meeting.description}</CardDescription>
          )}
        </CardHeader>
        <CardContent className="grid gap-5">
          <dl className="grid gap-3 text-sm">
            {meeting.startsAt ? (
              <div className="flex items-center gap-2">
                <dt>
                  <CalendarClock aria-hidden className="text-muted-foreground size-4" />
                  <span className="sr-only">Starts</span>
                </dt>
                <dd>
                  <time dateTime={meeting.startsAt.toISOString()}>
                    {formatMeetingTime(meeting.startsAt, meeting.timeZone)}
                  </time>
                </dd>
              </div>
            ) : (
              <div className="flex items-center gap-2">
                <dt>
                  <Clock aria-hidden className="text-muted-foreground size-4" />
                  <span className="sr-only">When</span>
                </dt>
                <dd>Any time: the room is open whenever someone joins.</dd>
              </div>
            )}
            {meeting.durationMinutes && (
              <div className="flex items-center gap-2">
                <dt>
                  <Clock aria-hidden className="text-muted-foreground size-4" />
                  <span className="sr-only">Duration</span>
                </dt>
                <dd>{formatDuration(meeting.durationMinutes)}</dd>
              </div>
            )}
            <div className="flex items-center gap-2">
              <dt>
                {meeting.provider === "jitsi" ? (
                  <Globe aria-hidden className="text-muted-foreground size-4" />
                ) : (
                  <MonitorPlay aria-hidden className="text-muted-foreground size-4" />
                )}
                <span className="sr-only">Where</span>
              </dt>
              <dd data-testid="join-location">
                {meeting.provider === "jitsi"
                  ? `On Jitsi Meet at ${new URL(jitsiRoomUrl(meeting.roomName)).host}, in your browser.`
                  : "Right here in your browser, with camera and microphone."}
              </dd>
            </div>
          </dl>
          <div className="flex flex-wrap gap-2">
            {meeting.provider === "jitsi" && (
              <Button asChild>
                <a href={jitsiRoomUrl(meeting.roomName)} rel="noopener noreferrer">
                  Open in Jitsi Meet
                </a>
              </Button>
            )}
            <CopyButton value={meetingLink(meeting.code)} what="Link">
              Copy link
            </CopyButton>
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
