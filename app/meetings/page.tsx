import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";

export const metadata: Metadata = { title: "Your meetings" };

/** The dashboard: the user's meetings as upcoming, any time, and past, read straight from the database. */
export default async function MeetingsPage() {
  const user = await requireUser("/meetings");
  const [upcoming, undated, past] = await Promise.all([
    listMeetings(user.id, { when: "upcoming", limit: 100 }),
    listMeetings(user.id, { when: "undated", limit: 100 }),
    listMeetings(user.id, { when: "past", limit: 100 }),
  ]);
  const resources = (page: typeof upcoming) => page.meetings.map(toMeetingResource);

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
      <MeetingList
        title="Upcoming"
        meetings={resources(upcoming)}
        empty="Nothing scheduled. Schedule a meeting to see it here."
      />
      <MeetingList title="Any time" meetings={resources(undated)} empty="Meetings without a date appear here." />
      <MeetingList title="Past" meetings={resources(past)} empty="Meetings that are over appear here." />
    </div>
  );
}
