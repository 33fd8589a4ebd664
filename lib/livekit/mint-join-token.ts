import "server-only";
import { AccessToken, RoomConfiguration, type VideoGrant } from "livekit-server-sdk";
import { ApiError, errorDetail } from "@/lib/errors";
import { env } from "@/lib/env";
import { JOIN_TOKEN_TTL_SECONDS, type JoinToken, type ParticipantRole } from "./schemas";

export interface LivekitConfig {
  url: string;
  apiKey: string;
  apiSecret: string;
}

export interface JoinTokenRequest {
  roomName: string;
  identity: string;
  name: string | undefined;
  role: ParticipantRole;
  maxParticipants: number | null;
  emptyTimeoutSeconds: number | null;
  ttlSeconds?: number;
}

const unconfigured =
  "LiveKit is not configured on this server: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET.";

/** The configured LiveKit server, or a 503 that says which variables are missing (detail `livekit_unconfigured`). */
export function requireLivekit(): LivekitConfig {
  if (!env.livekit) {
    throw new ApiError("service_unavailable", unconfigured, {
      details: [errorDetail("livekit_unconfigured", unconfigured)],
    });
  }
  return env.livekit;
}

/**
 * Signs a LiveKit access token for one room. Guests may publish, subscribe
 * and send data; the host may also administer the room (mute, remove, end).
 * The room configuration travels in the token so that the room LiveKit creates
 * on first join gets the meeting's limits without a separate API call.
 */
export async function mintJoinToken(
  request: JoinTokenRequest,
  livekit: LivekitConfig = requireLivekit(),
): Promise<JoinToken> {
  const ttl = request.ttlSeconds ?? env.LIVEKIT_JOIN_TOKEN_TTL_SECONDS ?? JOIN_TOKEN_TTL_SECONDS;
  const token = new AccessToken(livekit.apiKey, livekit.apiSecret, {
    identity: request.identity,
    name: request.name,
    // Everyone in the room sees the role (LiveKit shares participant attributes): the host badge reads it.
    attributes: { role: request.role },
    ttl,
  });
  const grant: VideoGrant = {
    room: request.roomName,
    roomJoin: true,
    canPublish: true,
    canSubscribe: true,
    canPublishData: true,
  };
  if (request.role === "host") grant.roomAdmin = true;
  token.addGrant(grant);
  token.roomConfig = new RoomConfiguration({
    maxParticipants: request.maxParticipants ?? 0,
    emptyTimeout: request.emptyTimeoutSeconds ?? 0,
  });
  // Computed before signing, so the reported expiry is never later than the token's own `exp`.
  const expiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + ttl * 1000).toISOString();
  return {
    serverUrl: livekit.url,
    token: await token.toJwt(),
    identity: request.identity,
    role: request.role,
    expiresAt,
  };
}
