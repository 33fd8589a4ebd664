"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { goneReason, MeetingGone } from "@/components/meetings/meeting-gone";
import type { JoinChoices } from "@/components/prejoin/prejoin-panel";
import { Card, CardContent } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { livekitApi } from "@/lib/livekit/endpoints";
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
  const tokenRequest = useApiMutation(livekitApi.createJoinToken, { report: "inline" });
  const { pending } = tokenRequest;
  const error = tokenRequest.error?.explanation ?? null;
  const [attempts, setAttempts] = useState(0);

  async function join(choices: JoinChoices) {
    const outcome = await tokenRequest.mutate({ params: { id: meeting.code }, body: { name: choices.name } });
    if (outcome.ok) {
      setAttempts((count) => count + 1);
      setStage({ kind: "room", token: outcome.result, choices, attempt: attempts + 1 });
      return;
    }
    const gone = goneReason(outcome.error);
    if (gone) setStage({ kind: "gone", reason: gone });
    else if (outcome.error.has("livekit_unconfigured")) setStage({ kind: "problem", problem: "unconfigured", choices });
    else setStage({ kind: "prejoin" });
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
