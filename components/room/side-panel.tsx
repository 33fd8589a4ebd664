"use client";

import { X } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A panel beside the tiles (people, chat, invite, settings): a full-screen
 * sheet on a phone, a column on wider screens. Focus moves into it when it
 * opens; Escape or the close button closes it, and the call's control bar
 * returns focus to the button that opened it.
 */
export function SidePanel({
  id,
  title,
  onClose,
  children,
}: {
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <aside
      id={id}
      aria-labelledby={`${id}-title`}
      data-testid={id}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      className="bg-background text-foreground fixed inset-0 z-40 flex flex-col md:static md:z-auto md:w-80 md:border-l md:border-white/10"
    >
      <div className="flex items-center justify-between gap-2 border-b border-white/10 px-4 py-2">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
          {title}
        </h2>
        <Button size="icon" variant="ghost" aria-label={`Close ${title.toLowerCase()}`} onClick={onClose}>
          <X aria-hidden />
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">{children}</div>
    </aside>
  );
}
