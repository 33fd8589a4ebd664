"use client";

import { InviteForm } from "@/components/meetings/invite-form";
import { CopyButton } from "@/components/ui/copy-button";

/** Bringing people in from inside the call: the link for anyone; the owner may also email it. */
export function InvitePanel({ link, meetingCode, isOwner }: { link: string; meetingCode: string; isOwner: boolean }) {
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">Share this link with the people you want in the meeting:</p>
        <p className="bg-muted rounded-md px-3 py-2 font-mono text-sm break-all" data-testid="invite-link">
          {link}
        </p>
        <CopyButton value={link} what="Link" variant="secondary">
          Copy meeting link
        </CopyButton>
      </div>
      {isOwner && (
        <section aria-labelledby="invite-by-email" className="grid gap-3">
          <h3 id="invite-by-email" className="text-sm font-semibold">
            Invite by email
          </h3>
          <InviteForm meetingId={meetingCode} />
        </section>
      )}
    </div>
  );
}
