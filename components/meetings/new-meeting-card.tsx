"use client";

import { Plus, Video } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApiRequestError, fetchApi } from "@/lib/api/fetch-api";
import type { MeetingResource } from "@/lib/meetings/schemas";
import { ShareCard } from "./share-card";

export function NewMeetingCard() {
  const [meeting, setMeeting] = useState<MeetingResource | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setPending(true);
    setError(null);
    try {
      setMeeting(await fetchApi<MeetingResource>("/api/v1/meetings", { method: "POST", body: {} }));
      toast.success("Meeting created");
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The meeting could not be created.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{meeting ? "Your meeting is ready" : "Start a meeting"}</CardTitle>
        <CardDescription>
          {meeting ? "Share the link or the code with the people you are meeting." : "Get a link to share right away."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {error && <Alert variant="error">{error}</Alert>}
        {meeting ? (
          <>
            <ShareCard meeting={meeting} />
            <Button variant="ghost" onClick={() => setMeeting(null)}>
              <Plus aria-hidden /> Create another
            </Button>
          </>
        ) : (
          <Button size="lg" onClick={create} pending={pending}>
            {!pending && <Video aria-hidden />} New meeting
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
