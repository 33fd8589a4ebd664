"use client";

import { useParticipants } from "@livekit/components-react";
import { LayoutGrid, UserRound, Users } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Layout } from "./call-stage";

/** The call's title bar: the meeting's title, how long one has been in it, how many are here, the layout. */
export function CallHeader({
  title,
  layout,
  onLayoutChange,
}: {
  title: string;
  layout: Layout;
  onLayoutChange: (layout: Layout) => void;
}) {
  const count = useParticipants().length;
  return (
    <header className="flex items-center gap-3 border-b border-white/10 px-3 py-2 sm:px-4">
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base font-semibold">{title}</h1>
        <ElapsedTime />
      </div>
      <span
        className="flex items-center gap-1 text-sm"
        role="img"
        aria-label={`${count} ${count === 1 ? "person" : "people"} in the meeting`}
        data-testid="participant-count"
        data-count={count}
      >
        <Users aria-hidden className="size-4" /> {count}
      </span>
      <div role="group" aria-label="Layout" className="hidden gap-1 sm:flex">
        {(["grid", "speaker"] as const).map((option) => (
          <Button
            key={option}
            size="sm"
            variant={layout === option ? "secondary" : "ghost"}
            aria-pressed={layout === option}
            onClick={() => onLayoutChange(option)}
          >
            {option === "grid" ? <LayoutGrid aria-hidden /> : <UserRound aria-hidden />}
            {option === "grid" ? "Grid" : "Speaker"}
          </Button>
        ))}
      </div>
    </header>
  );
}

/** Minutes and seconds since this person joined, ticking once a second. */
function ElapsedTime() {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - started) / 1000);
  const [hours, minutes] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60];
  const pad = (part: number) => String(part).padStart(2, "0");
  const text = `${hours ? `${hours}:${pad(minutes)}` : minutes}:${pad(seconds % 60)}`;
  return (
    <p className="text-xs opacity-80">
      <span className="sr-only">In the call for </span>
      <time data-testid="elapsed-time" dateTime={`PT${seconds}S`}>
        {text}
      </time>
    </p>
  );
}
