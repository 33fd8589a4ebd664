"use client";

import { Plus, Video } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { meetingsApi } from "@/lib/meetings/endpoints";
import type { MeetingResource } from "@/lib/meetings/schemas";
import { ShareCard } from "./share-card";

export function NewMeetingCard() {
  const [meeting, setMeeting] = useState<MeetingResource | null>(null);
  const create = useApiMutation(meetingsApi.createMeeting, {
    report: "inline",
    onSuccess(created) {
      setMeeting(created);
      toast.success("Meeting created");
    },
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{meeting ? "Your meeting is ready" : "Start a meeting"}</CardTitle>
        <CardDescription>
          {meeting ? "Share the link or the code with the people you are meeting." : "Get a link to share right away."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {create.error && <Alert variant="error">{create.error.message}</Alert>}
        {meeting ? (
          <>
            <ShareCard meeting={meeting} />
            <Button variant="ghost" onClick={() => setMeeting(null)}>
              <Plus aria-hidden /> Create another
            </Button>
          </>
        ) : (
          <Button size="lg" onClick={() => void create.mutate({ body: {} })} pending={create.pending}>
            {!create.pending && <Video aria-hidden />} New meeting
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
