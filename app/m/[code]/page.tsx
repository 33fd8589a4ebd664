import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { JitsiJoin } from "@/components/jitsi/jitsi-join";
import { MeetingGone } from "@/components/meetings/meeting-gone";
import { LivekitJoin } from "@/components/room/livekit-join";
import { presenceSummaries } from "@/lib/attendance/presence-summary";
import { currentSession } from "@/lib/auth";
import { formatMeetingCode } from "@/lib/meetings/code";
import { findMeetingByCode } from "@/lib/meetings/find-meeting-by-code";
import { meetingLink } from "@/lib/meetings/links";
import { MeetingSummary } from "./meeting-summary";

export async function generateMetadata({ params }: PageProps<"/m/[code]">): Promise<Metadata> {
  const meeting = await findMeetingByCode((await params).code);
  if (!meeting) return { title: "Meeting not found" };
  return { title: meeting.deletedAt ? "Meeting deleted" : meeting.title, robots: { index: false } };
}

/** A meeting's link: the pre-join screen, then the room (LiveKit in the page, Jitsi embedded). */
export default async function MeetingPage({ params }: PageProps<"/m/[code]">) {
  const { code } = await params;
  const meeting = await findMeetingByCode(code);
  if (!meeting) notFound();
  if (meeting.deletedAt) return <MeetingGone reason="deleted" />;

  const canonical = formatMeetingCode(meeting.code);
  if (code !== canonical) redirect(`/m/${canonical}`);

  // Signed-in people find their name filled in; guests type theirs (remembered in their browser).
  const session = await currentSession();
  const defaultName = session?.user.name ?? "";
  // LiveKit rooms report who is in (Jitsi's do not): shown before joining, kept current by a stream.
  const presence = meeting.provider === "livekit" ? ((await presenceSummaries([meeting.id]))[0] ?? null) : null;
  const summary = <MeetingSummary meeting={meeting} presence={presence} />;

  if (meeting.provider === "jitsi") {
    return (
      <JitsiJoin meeting={{ code: canonical, title: meeting.title }} defaultName={defaultName}>
        {summary}
      </JitsiJoin>
    );
  }
  return (
    <LivekitJoin
      meeting={{ code: canonical, title: meeting.title, link: meetingLink(meeting.code) }}
      defaultName={defaultName}
    >
      {summary}
    </LivekitJoin>
  );
}
