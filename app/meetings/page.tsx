import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LivePresenceProvider } from "@/components/attendance/live-badges";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { presenceSummaries } from "@/lib/attendance/presence-summary";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { toMeetingResources } from "@/lib/meetings/to-meeting-resources";

export const metadata: Metadata = { title: "Your meetings" };

/** The dashboard: the user's meetings as upcoming, any time, and past, read straight from the database. */
export default async function MeetingsPage() {
  const user = await requireUser("/meetings");
  const page = async (when: "upcoming" | "undated" | "past") =>
    toMeetingResources((await listMeetings(user.id, { when, limit: 100 })).meetings);
  const [upcoming, undated, past] = await Promise.all([page("upcoming"), page("undated"), page("past")]);
  const presence = await presenceSummaries([...upcoming, ...undated, ...past].map((meeting) => meeting.id));

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Your meetings</h1>
        <Button asChild>
          <Link href="/meetings/new">
            <Plus aria-hidden /> New meeting
          </Link>
        </Button>
      </div>
      <LivePresenceProvider initial={presence}>
        <MeetingList
          title="Upcoming"
          meetings={upcoming}
          empty="Nothing scheduled. Schedule a meeting to see it here."
        />
        <MeetingList title="Any time" meetings={undated} empty="Meetings without a date appear here." />
        <MeetingList title="Past" meetings={past} empty="Meetings that are over appear here." />
      </LivePresenceProvider>
    </div>
  );
}
