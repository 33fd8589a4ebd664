"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { goneReason, MeetingGone } from "@/components/meetings/meeting-gone";
import { PreJoinPanel, type JoinChoices } from "@/components/prejoin/prejoin-panel";
import { Card, CardContent } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { livekitApi } from "@/lib/livekit/endpoints";
import type { JoinToken } from "@/lib/livekit/schemas";
import type ConferenceModule from "./conference";
import type { RoomProblem } from "./connection-failure";
import { RoomProblemView, type JoinProblem } from "./room-problem";

type ConferenceView = typeof ConferenceModule;
let conferenceLoading: Promise<ConferenceView> | null = null;

/**
 * LiveKit's client, components and styles load only here: the rest of Qari
 * ships none of it. They start loading as soon as this page runs in the
 * browser, while the person is on the pre-join screen, so that Join waits for
 * the token and the connection, not for a download. Loaded by hand rather
 * than with next/dynamic: a lazy component suspends once even when its code
 * is in, and React holds a revealed Suspense boundary back for up to 300 ms.
 */
function loadConference(): Promise<ConferenceView> {
  conferenceLoading ??= import("./conference").then(
    (module) => module.default,
    (error: unknown) => {
      conferenceLoading = null; // Join tries again.
      throw error;
    },
  );
  return conferenceLoading;
}
if (typeof window !== "undefined") loadConference().catch(() => undefined); // A failure shows at Join.

type Stage =
  | { kind: "prejoin" }
  | { kind: "room"; Conference: ConferenceView; token: JoinToken; choices: JoinChoices; attempt: number }
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
  const [loadFailed, setLoadFailed] = useState(false);
  const error = loadFailed
    ? "The meeting could not be loaded. Check your connection and try again."
    : (tokenRequest.error?.explanation ?? null);
  const [attempts, setAttempts] = useState(0);

  async function join(choices: JoinChoices) {
    setLoadFailed(false);
    const [outcome, Conference] = await Promise.all([
      tokenRequest.mutate({ params: { id: meeting.code }, body: { name: choices.name } }),
      loadConference().catch(() => null),
    ]);
    if (outcome.ok && Conference) {
      setAttempts((count) => count + 1);
      setStage({ kind: "room", Conference, token: outcome.result, choices, attempt: attempts + 1 });
      return;
    }
    if (outcome.ok) {
      setLoadFailed(true);
      setStage({ kind: "prejoin" });
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
    case "room": {
      const { Conference } = stage;
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
    }
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
