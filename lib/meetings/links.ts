import { env } from "@/lib/env";
import { formatMeetingCode } from "./code";

/** The shareable Qari link of a meeting: APP_URL/m/abc-defg-hij. */
export function meetingLink(code: string): string {
  return `${env.APP_URL}/m/${formatMeetingCode(code)}`;
}
