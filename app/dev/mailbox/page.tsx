import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/**
 * The development mailbox: what Qari would have emailed, with its links, when
 * no email provider is configured. Never served in production, nor when the
 * server listens beyond this machine (HOST), where it would hand anyone
 * everybody's sign-in links.
 */
export default async function DevMailboxPage() {
  const loopbackOnly = !env.HOST || /^(127\.|::1$|\[::1\]$|localhost$)/.test(env.HOST);
  if (env.NODE_ENV === "production" || env.emailTransport !== "mailbox" || !loopbackOnly) notFound();
  const messages = await prisma.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take: 50 });

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 px-4 py-10">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Development mailbox</h1>
        <p className="text-muted-foreground text-sm">
          No email provider is configured, so messages stay here. Set RESEND_API_KEY or SMTP_URL to send them.
        </p>
      </div>
      {messages.length === 0 ? (
        <div className="text-muted-foreground grid justify-items-center gap-2 rounded-lg border border-dashed p-10 text-sm">
          <Inbox aria-hidden className="size-8" /> No messages yet.
        </div>
      ) : (
        <ul className="grid gap-4">
          {messages.map((message) => (
            <li key={message.id} className="bg-card grid gap-2 rounded-lg border p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-medium">{message.subject}</h2>
                <Badge>{message.status}</Badge>
              </div>
              <p className="text-muted-foreground text-sm">
                To {message.to} · {dateTime.format(message.createdAt)}
              </p>
              <pre className="bg-muted overflow-x-auto rounded-md p-3 text-xs whitespace-pre-wrap">
                {linkify(message.text)}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="text-primary break-all underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
