import { Home, LogIn } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { formatMeetingCode } from "@/lib/meetings/code";
import { findMeetingByCode } from "@/lib/meetings/find-meeting-by-code";

export const metadata: Metadata = { title: "You left the meeting", robots: { index: false } };

/** Where leaving a meeting leads: back in, or home. */
export default async function LeftMeetingPage({ params }: PageProps<"/m/[code]/left">) {
  const meeting = await findMeetingByCode((await params).code);
  if (!meeting) notFound();
  const code = formatMeetingCode(meeting.code);
  return (
    <div className="mx-auto grid w-full max-w-md content-center gap-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">You left the meeting</h1>
      <p className="text-muted-foreground">
        {meeting.title} <span className="font-mono">({code})</span>
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        {!meeting.deletedAt && (
          <Button asChild>
            <Link href={`/m/${code}`}>
              <LogIn aria-hidden /> Rejoin
            </Link>
          </Button>
        )}
        <Button asChild variant="outline">
          <Link href="/">
            <Home aria-hidden /> Home
          </Link>
        </Button>
      </div>
    </div>
  );
}
