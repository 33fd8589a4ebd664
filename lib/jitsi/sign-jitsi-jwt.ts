import "server-only";
import { SignJWT } from "jose";

/** Jitsi checks the token when someone enters the room; two hours covers a late arrival at a long meeting. */
export const JITSI_JWT_TTL_SECONDS = 2 * 60 * 60;

export interface JitsiJwtConfig {
  appId: string;
  appSecret: string;
  /** The Jitsi deployment's host, e.g. meet.example.com: Prosody's token auth expects it as `sub`. */
  domain: string;
}

export interface JitsiJwtClaims {
  roomName: string;
  user: { id: string; name: string; email?: string | null };
  moderator: boolean;
}

/**
 * A JWT for Jitsi's token authentication (prosody `token` auth / JaaS
 * style): HS256 with the app secret, `iss` the app id, `aud` "jitsi", `sub`
 * the domain, `room` the room. `moderator` is set both at the top level
 * (token_moderation plugin) and in `context.user` (JaaS), so either kind of
 * deployment makes the owner a moderator.
 */
export async function signJitsiJwt(
  config: JitsiJwtConfig,
  claims: JitsiJwtClaims,
  now = new Date(),
): Promise<{ jwt: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + JITSI_JWT_TTL_SECONDS) * 1000);
  const jwt = await new SignJWT({
    room: claims.roomName,
    moderator: claims.moderator,
    context: {
      user: {
        id: claims.user.id,
        name: claims.user.name,
        ...(claims.user.email ? { email: claims.user.email } : {}),
        moderator: claims.moderator,
      },
    },
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(config.appId)
    .setAudience("jitsi")
    .setSubject(config.domain)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt - 10)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(config.appSecret));
  return { jwt, expiresAt };
}
