"use client";

import type { useChat } from "@livekit/components-react";
import { Send } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/**
 * The call's chat, over LiveKit's text streams: messages reach whoever is in
 * the room now. The call holds the `useChat` state, so messages that arrive
 * while the panel is closed are there when it opens.
 */
export function ChatPanel({ chat: { chatMessages, send, isSending } }: { chat: ReturnType<typeof useChat> }) {
  const [draft, setDraft] = useState("");
  const end = useRef<HTMLLIElement>(null);
  // Braces matter: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [chatMessages.length]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    try {
      await send(text);
      setDraft("");
    } catch {
      toast.error("Your message could not be sent. Try again.");
    }
  }

  return (
    <div className="flex h-full flex-col gap-3">
      <ol aria-label="Messages" aria-live="polite" className="grid flex-1 content-start gap-3" data-testid="chat-log">
        {chatMessages.length === 0 && (
          <li className="text-muted-foreground text-sm">No messages yet. Messages are seen by people in the call.</li>
        )}
        {chatMessages.map((message) => (
          <li key={message.id} className="grid gap-0.5" data-testid="chat-message">
            <p className="text-muted-foreground text-xs">
              <span className="text-foreground font-medium">
                {message.from?.isLocal ? "You" : message.from?.name || message.from?.identity || "Someone"}
              </span>{" "}
              <time dateTime={new Date(message.timestamp).toISOString()}>{time.format(message.timestamp)}</time>
            </p>
            <p className="text-sm break-words whitespace-pre-wrap">{message.message}</p>
          </li>
        ))}
        <li ref={end} aria-hidden />
      </ol>
      <form onSubmit={(event) => void submit(event)} className="flex gap-2">
        <Input
          aria-label="Message"
          placeholder="Send a message to everyone"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={2000}
        />
        <Button type="submit" size="icon" aria-label="Send message" pending={isSending} disabled={!draft.trim()}>
          <Send aria-hidden />
        </Button>
      </form>
    </div>
  );
}
