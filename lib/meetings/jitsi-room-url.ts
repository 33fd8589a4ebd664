import { env } from "@/lib/env";

/**
 * A Jitsi room's URL as the old link generator built it: JITSI_BASE_URL/room,
 * with JITSI_CONFIG_PARAMS as the fragment (Jitsi reads its config overrides there).
 */
export function jitsiRoomUrl(roomName: string): string {
  const fragment = env.JITSI_CONFIG_PARAMS.replace(/^#/, "");
  return `${env.JITSI_BASE_URL}/${encodeURIComponent(roomName)}${fragment ? `#${fragment}` : ""}`;
}
