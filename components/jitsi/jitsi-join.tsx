"use client";

import { ExternalLink, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { goneReason, MeetingGone, type GoneReason } from "@/components/meetings/meeting-gone";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { jitsiApi } from "@/lib/jitsi/endpoints";
import type { JitsiJoin as JitsiJoinDetails } from "@/lib/jitsi/schemas";
import { displayNameSchema } from "@/lib/meetings/join-input";
import { loadJitsiApi } from "./load-jitsi-api";
import { DisplayNameField } from "@/components/prejoin/display-name-field";

const NAME_KEY = "qari:display-name";

/**
 * A Jitsi meeting's page: asks for the display name, then opens the room
 * embedded through Jitsi's IFrame API (with Qari's signed JWT when Jitsi JWTs
 * are configured). The plain "open in Jitsi" link is always beside it, and
 * takes over when Jitsi's script cannot load.
 */
export function JitsiJoin({
  meeting,
  defaultName,
  children,
}: {
  meeting: { code: string; title: string };
  defaultName: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [name, setName] = useState(defaultName);
  const [nameError, setNameError] = useState<string>();
  const [details, setDetails] = useState<(JitsiJoinDetails & { name: string }) | null>(null);
  const [gone, setGone] = useState<GoneReason | null>(null);
  const join = useApiMutation(jitsiApi.createJitsiJoin, {
    report: "inline",
    onSuccess: (joined, { body }) => setDetails({ ...joined, name: body.name }),
    onError: (error) => setGone(goneReason(error)),
  });

  // The name typed last time, unless the account already gives one. Read after mounting: localStorage is browser-only.
  useEffect(() => {
    const saved = window.localStorage.getItem(NAME_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved && !defaultName) setName(saved);
  }, [defaultName]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message ?? "Enter your name.");
    setNameError(undefined);
    window.localStorage.setItem(NAME_KEY, parsed.data);
    void join.mutate({ params: { id: meeting.code }, body: { name: parsed.data } });
  }

  if (gone) return <MeetingGone reason={gone} />;
  if (details) {
    return <JitsiRoom details={details} title={meeting.title} onLeft={() => router.push(`/m/${meeting.code}/left`)} />;
  }

  return (
    <div className="mx-auto grid w-full max-w-xl gap-6 px-4 py-8">
      {children}
      <Card>
        <CardContent className="pt-6">
          <form className="grid gap-4" onSubmit={(event) => void submit(event)} noValidate>
            <DisplayNameField value={name} error={nameError} onChange={setName} />
            {join.error && <Alert variant="error">{join.error.explanation}</Alert>}
            <Button type="submit" size="lg" pending={join.pending}>
              {join.pending ? "Joining…" : "Join meeting"}
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}

function JitsiRoom({
  details,
  title,
  onLeft,
}: {
  details: JitsiJoinDetails & { name: string };
  title: string;
  onLeft: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");
  const leftRef = useRef(onLeft);
  useEffect(() => {
    leftRef.current = onLeft;
  }, [onLeft]);

  useEffect(() => {
    let api: { dispose(): void } | null = null;
    let cancelled = false;
    loadJitsiApi(details.scriptUrl).then(
      (JitsiMeetExternalAPI) => {
        if (cancelled || !container.current) return;
        const created = new JitsiMeetExternalAPI(details.domain, {
          roomName: details.roomName,
          parentNode: container.current,
          width: "100%",
          height: "100%",
          ...(details.jwt ? { jwt: details.jwt } : {}),
          userInfo: { displayName: details.name },
          configOverwrite: details.configOverwrite,
        });
        created.addListener("readyToClose", () => leftRef.current());
        api = created;
        setStatus("ready");
      },
      () => {
        if (!cancelled) setStatus("failed");
      },
    );
    return () => {
      cancelled = true;
      api?.dispose();
    };
  }, [details]);

  const openLink = (
    <a href={details.roomUrl} rel="noopener noreferrer" target="_blank">
      <ExternalLink aria-hidden /> Open in Jitsi
    </a>
  );

  return (
    <div className="flex h-[calc(100dvh-3.5rem)] min-h-[28rem] flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b px-4 py-2">
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold">{title}</h1>
        <Button asChild size="sm" variant="outline">
          {openLink}
        </Button>
      </header>
      {status === "failed" ? (
        <div
          className="mx-auto grid w-full max-w-md content-center gap-4 px-4 py-16 text-center"
          data-testid="jitsi-failed"
        >
          <TriangleAlert aria-hidden className="text-muted-foreground mx-auto size-10" />
          <div role="alert" className="grid gap-4">
            <h2 className="text-2xl font-semibold">Jitsi could not be embedded here</h2>
            <p className="text-muted-foreground">
              Jitsi&apos;s meeting script did not load (a blocker or the network may stop it). Open the meeting in Jitsi
              directly instead.
            </p>
          </div>
          <Button asChild size="lg">
            {openLink}
          </Button>
        </div>
      ) : (
        <div className="relative min-h-0 flex-1">
          {status === "loading" && (
            <p
              role="status"
              className="text-muted-foreground absolute inset-0 flex items-center justify-center gap-2 text-sm"
            >
              <Spinner /> Opening Jitsi…
            </p>
          )}
          <div ref={container} className="size-full" data-testid="jitsi-container" />
        </div>
      )}
    </div>
  );
}
