import { CircleSlash, SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ApiRequestError } from "@/lib/api-client/api-request-error";
import { JoinWithCodeForm } from "./join-with-code-form";

const copy = {
  "not-found": {
    Icon: SearchX,
    title: "No meeting at this link",
    text: "Check the link or the code for typos, or ask the organiser for a new one.",
  },
  deleted: {
    Icon: CircleSlash,
    title: "This meeting was deleted",
    text: "The organiser deleted it, so it can no longer be joined. Ask them for a new link.",
  },
} as const;

export type GoneReason = keyof typeof copy;

/** Which page a failed join shows instead of the meeting: deleted (410), never there (404), or neither. */
export function goneReason(error: ApiRequestError): GoneReason | null {
  if (error.status === 410) return "deleted";
  return error.status === 404 ? "not-found" : null;
}

/** What a meeting link shows when there is nothing to join. */
export function MeetingGone({ reason }: { reason: GoneReason }) {
  const { Icon, title, text } = copy[reason];
  return (
    <div className="mx-auto grid w-full max-w-md content-center gap-4 px-4 py-16 text-center">
      <Icon aria-hidden className="text-muted-foreground mx-auto size-10" />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-muted-foreground">{text}</p>
      <div className="text-left">
        <JoinWithCodeForm />
      </div>
      <Button asChild variant="ghost">
        <Link href="/">Go to the home page</Link>
      </Button>
    </div>
  );
}
