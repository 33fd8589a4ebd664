import { Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteMeetingButton } from "@/components/meetings/delete-meeting-button";
import { InviteForm } from "@/components/meetings/invite-form";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { ShareCard } from "@/components/meetings/share-card";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { findOwnedMeeting } from "@/lib/meetings/find-owned-meeting";
import { meetingFormOptions } from "@/lib/meetings/form-options";
import { toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";

export const metadata: Metadata = { title: "Meeting settings", robots: { index: false } };

/** A meeting's settings, for its owner only: anyone else gets the not-found page. */
export default async function MeetingSettingsPage({ params }: PageProps<"/meetings/[id]">) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${encodeURIComponent(id)}`);
  const meeting = await findOwnedMeeting(decodeURIComponent(id), user.id);
  if (!meeting) notFound();
  const resource = await toMeetingResourceWithLive(meeting);

  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{resource.title}</h1>
        <Button asChild variant="outline" size="sm">
          <Link href={`/meetings/${resource.id}/attendance`}>
            <Users aria-hidden /> Attendance
          </Link>
        </Button>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Share</CardTitle>
        </CardHeader>
        <CardContent>
          <ShareCard meeting={resource} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Invite by email</CardTitle>
        </CardHeader>
        <CardContent>
          <InviteForm meetingId={resource.id} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Settings</CardTitle>
        </CardHeader>
        <CardContent>
          <MeetingForm meeting={resource} {...meetingFormOptions()} />
        </CardContent>
      </Card>
      <div className="flex justify-end">
        <DeleteMeetingButton id={resource.id} title={resource.title} />
      </div>
    </div>
  );
}
