"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { MeetingGone } from "@/components/meetings/meeting-gone";
import type { JoinChoices } from "@/components/prejoin/prejoin-panel";
import { Card, CardContent } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { ApiRequestError, fetchApi } from "@/lib/api/fetch-api";
import type { JoinToken } from "@/lib/livekit/schemas";
import type { RoomProblem } from "./connection-failure";
import { RoomProblemView, type JoinProblem } from "./room-problem";

// LiveKit's client, components and styles load only here, after the page itself: the rest of Qari ships none of it.
const PreJoinPanel = dynamic(() => import("@/components/prejoin/prejoin-panel").then((module) => module.PreJoinPanel), {
  ssr: false,
  loading: () => <Loading text="Getting your camera and microphone ready…" />,
});
const Conference = dynamic(() => import("./conference"), {
  ssr: false,
  loading: () => <Loading text="Connecting to the meeting…" />,
});

type Stage =
  | { kind: "prejoin" }
  | { kind: "room"; token: JoinToken; choices: JoinChoices; attempt: number }
  | { kind: "problem"; problem: JoinProblem; choices: JoinChoices }
  | { kind: "gone"; reason: "deleted" | "not-found" };

/**
 * A LiveKit meeting's page, from pre-join to the room: asks Qari's token
 * endpoint, connects, and explains every way that can fail (with a way
 * forward). Leaving goes to the meeting's "you left" page.
 */
export function LivekitJoin({
  meeting,
  defaultName,
  children,
}: {
  meeting: { code: string; title: string; link: string };
  defaultName: string;
  /** The meeting's details, shown above the pre-join screen. */
  children: ReactNode;
}) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ kind: "prejoin" });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  async function join(choices: JoinChoices) {
    setPending(true);
    setError(null);
    try {
      const token = await fetchApi<JoinToken>(`/api/v1/meetings/${meeting.code}/token`, {
        method: "POST",
        body: { name: choices.name },
      });
      setAttempts((count) => count + 1);
      setStage({ kind: "room", token, choices, attempt: attempts + 1 });
    } catch (caught) {
      const failure = caught instanceof ApiRequestError ? caught : null;
      if (failure?.status === 410) setStage({ kind: "gone", reason: "deleted" });
      else if (failure?.status === 404) setStage({ kind: "gone", reason: "not-found" });
      else if (failure?.status === 503 && /LIVEKIT_URL/.test(failure.message)) {
        setStage({ kind: "problem", problem: "unconfigured", choices });
      } else {
        setStage({ kind: "prejoin" });
        setError(failure?.error.details[0]?.message ?? failure?.message ?? "Joining failed. Try again.");
      }
    } finally {
      setPending(false);
    }
  }

  switch (stage.kind) {
    case "gone":
      return <MeetingGone reason={stage.reason} />;
    case "room":
      return (
        <Conference
          key={stage.attempt}
          token={stage.token}
          choices={stage.choices}
          title={meeting.title}
          link={meeting.link}
          onLeft={() => router.push(`/m/${meeting.code}/left`)}
          onProblem={(problem: RoomProblem) => setStage({ kind: "problem", problem, choices: stage.choices })}
        />
      );
    case "problem":
      return (
        <RoomProblemView
          problem={stage.problem}
          onRetry={() => void join(stage.choices)}
          onBack={() => setStage({ kind: "prejoin" })}
        >
          {pending && (
            <p role="status" className="flex items-center justify-center gap-2 text-sm">
              <Spinner /> Trying again…
            </p>
          )}
        </RoomProblemView>
      );
    default:
      return (
        <div className="mx-auto grid w-full max-w-4xl gap-6 px-4 py-8">
          {children}
          <Card>
            <CardContent className="pt-6">
              <PreJoinPanel
                defaultName={defaultName}
                pending={pending}
                error={error}
                onJoin={(choices) => void join(choices)}
              />
            </CardContent>
          </Card>
        </div>
      );
  }
}

function Loading({ text }: { text: string }) {
  return (
    <p role="status" className="text-muted-foreground flex min-h-48 items-center justify-center gap-2 text-sm">
      <Spinner /> {text}
    </p>
  );
}
