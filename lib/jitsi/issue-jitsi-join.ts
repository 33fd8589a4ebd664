import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { env } from "@/lib/env";
import { admitToMeetingOrThrow } from "@/lib/meetings/admit-to-meeting-or-throw";
import { configOverwriteFromParams } from "./config-overwrite";
import { jitsiRoomUrl } from "@/lib/meetings/jitsi-room-url";
import type { JitsiJoin } from "./schemas";
import { signJitsiJwt } from "./sign-jitsi-jwt";

// Fixed by the environment: worked out once, not on every join.
const base = new URL(env.JITSI_BASE_URL);
const domain = `${base.host}${base.pathname.replace(/\/+$/, "")}`;
const configOverwrite = configOverwriteFromParams(env.JITSI_CONFIG_PARAMS);

/**
 * What the browser needs to open a Jitsi meeting embedded: the IFrame API's
 * domain and room, and, when JITSI_APP_ID / JITSI_APP_SECRET are set, a JWT
 * naming the participant (moderator for the meeting's owner). Without them the
 * public room is used, as the link generator always did.
 */
export async function issueJitsiJoin(idOrCode: string, principal: Principal | null, name: string): Promise<JitsiJoin> {
  const { meeting, identity, isOwner } = await admitToMeetingOrThrow(idOrCode, principal, "jitsi");

  let jwt: string | null = null;
  let expiresAt: string | null = null;
  if (env.jitsiJwt) {
    const signed = await signJitsiJwt(
      { appId: env.jitsiJwt.appId, appSecret: env.jitsiJwt.appSecret, domain: base.host },
      { roomName: meeting.roomName, user: { id: identity, name }, moderator: isOwner },
    );
    jwt = signed.jwt;
    expiresAt = signed.expiresAt.toISOString();
  }

  const roomUrl = new URL(jitsiRoomUrl(meeting.roomName));
  if (jwt) roomUrl.searchParams.set("jwt", jwt);
  // Jitsi reads the display name from the fragment, next to the configured overrides.
  const fragment = [roomUrl.hash.replace(/^#/, ""), `userInfo.displayName=${encodeURIComponent(JSON.stringify(name))}`]
    .filter(Boolean)
    .join("&");
  roomUrl.hash = fragment;

  return {
    domain,
    roomName: meeting.roomName,
    roomUrl: roomUrl.toString(),
    scriptUrl: `${env.JITSI_BASE_URL}/external_api.js`,
    jwt,
    expiresAt,
    configOverwrite,
  };
}
