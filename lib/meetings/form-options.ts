import "server-only";
import { env } from "@/lib/env";
import type { MeetingProvider } from "./schemas";

/** What the meeting form offers: the providers this server can host, default first, and every time zone. */
export function meetingFormOptions(): { providers: MeetingProvider[]; timeZones: string[] } {
  const available: MeetingProvider[] = env.livekit ? ["livekit", "jitsi"] : ["jitsi"];
  const providers = [env.DEFAULT_PROVIDER, ...available.filter((provider) => provider !== env.DEFAULT_PROVIDER)];
  return { providers, timeZones: ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")] };
}
