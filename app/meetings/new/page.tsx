import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { meetingFormOptions } from "@/lib/meetings/form-options";

export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage() {
  await requireUser("/meetings/new");
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-10">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">New meeting</h1>
        </CardHeader>
        <CardContent>
          <MeetingForm {...meetingFormOptions()} />
        </CardContent>
      </Card>
    </div>
  );
}
