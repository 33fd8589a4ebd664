"use client";

import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { QRCodeSVG } from "qrcode.react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import type { MeetingResource } from "@/lib/meetings/schemas";

/** The link, the code, a copy button and a QR code: everything needed to pass a meeting on. */
export function ShareCard({ meeting }: { meeting: Pick<MeetingResource, "title" | "code" | "link"> }) {
  return (
    <div className="grid gap-5">
      <div className="grid gap-2">
        <label htmlFor="share-link" className="text-sm font-medium">
          Meeting link
        </label>
        <div className="flex gap-2">
          <Input id="share-link" readOnly value={meeting.link} onFocus={(event) => event.currentTarget.select()} />
          <CopyButton value={meeting.link} what="Link">
            Copy
          </CopyButton>
        </div>
      </div>
      <div className="flex items-center gap-5">
        <div className="rounded-md border bg-white p-2">
          <QRCodeSVG value={meeting.link} size={112} title={`QR code for ${meeting.link}`} />
        </div>
        <div className="grid gap-1">
          <span className="text-muted-foreground text-sm">Or join with the code</span>
          <span className="font-mono text-2xl font-semibold tracking-wider" data-testid="meeting-code">
            {meeting.code}
          </span>
          <CopyButton value={meeting.code} what="Code" size="sm" variant="ghost" className="justify-self-start">
            Copy code
          </CopyButton>
        </div>
      </div>
      <Button asChild>
        <Link href={`/m/${meeting.code}`}>
          <ExternalLink aria-hidden /> Open meeting
        </Link>
      </Button>
    </div>
  );
}
