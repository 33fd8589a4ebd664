import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/attendance/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { summarizeAttendance } from "@/lib/attendance/summarize-attendance";
import type { SessionAttendance } from "@/lib/attendance/schemas";
import { requireUser } from "@/lib/auth/require-user";
import { findOwnedMeeting } from "@/lib/meetings/find-owned-meeting";

export const metadata: Metadata = { title: "Attendance", robots: { index: false } };

/** Who came to each session of a meeting, for its owner; times in the viewer's zone, and a CSV of it all. */
export default async function AttendancePage({ params }: PageProps<"/meetings/[id]/attendance">) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${encodeURIComponent(id)}/attendance`);
  const meeting = await findOwnedMeeting(decodeURIComponent(id), user.id);
  if (!meeting) notFound();
  const { sessions } = await summarizeAttendance(meeting.id);

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">Attendance</h1>
          <Link href={`/meetings/${meeting.id}`} className="text-muted-foreground text-sm hover:underline">
            {meeting.title}
          </Link>
        </div>
        {sessions.length > 0 && (
          <Button asChild variant="outline">
            <a href={`/api/v1/meetings/${meeting.id}/attendance?format=csv`} download>
              <Download aria-hidden /> Download CSV
            </a>
          </Button>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="text-muted-foreground rounded-lg border border-dashed p-6 text-center text-sm">
          Nobody has joined this meeting yet. Each time people meet in it, the session appears here.
        </p>
      ) : (
        sessions.map((session) => <SessionCard key={session.id} session={session} />)
      )}
    </div>
  );
}

function SessionCard({ session }: { session: SessionAttendance }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2 text-base">
          <LocalTime iso={session.startedAt} />
          {session.endedAt ? (
            <span className="text-muted-foreground font-normal">
              to <LocalTime iso={session.endedAt} options={{ dateStyle: undefined, timeStyle: "short" }} /> ·{" "}
              {formatSeconds((Date.parse(session.endedAt) - Date.parse(session.startedAt)) / 1000)}
            </span>
          ) : (
            <Badge className="border-red-600/30 bg-red-600/10 text-red-700">Live now</Badge>
          )}
          <span className="text-muted-foreground text-sm font-normal">
            · at most {session.peakParticipants} at once
          </span>
        </CardTitle>
      </CardHeader>
      <CardContent className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-muted-foreground">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                First joined
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Last left
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                In the call
              </th>
              <th scope="col" className="py-2 font-medium">
                Joins
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {session.attendees.map((attendee) => (
              <tr key={attendee.identity}>
                <td className="py-2 pr-3">
                  {attendee.name}
                  {!attendee.userId && <span className="text-muted-foreground"> (guest)</span>}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <LocalTime iso={attendee.firstJoinedAt} options={{ dateStyle: undefined, timeStyle: "short" }} />
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {attendee.lastLeftAt ? (
                    <LocalTime iso={attendee.lastLeftAt} options={{ dateStyle: undefined, timeStyle: "short" }} />
                  ) : (
                    "Still in"
                  )}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatSeconds(attendee.durationSeconds)}</td>
                <td className="py-2">{attendee.joins}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}

function formatSeconds(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return `${Math.round(seconds)} s`;
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
