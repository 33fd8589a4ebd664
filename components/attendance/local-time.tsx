"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A time in the viewer's own time zone. The server cannot know that zone, so
 * it renders UTC (labelled) and the browser swaps in local time on hydration.
 */
export function LocalTime({ iso, options }: { iso: string; options?: Intl.DateTimeFormatOptions }) {
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", ...options, timeZone }).format(
      new Date(iso),
    ) + (timeZone ? ` ${timeZone}` : "");
  const text = useSyncExternalStore(
    never,
    () => format(),
    () => format("UTC"),
  );
  return <time dateTime={iso}>{text}</time>;
}
