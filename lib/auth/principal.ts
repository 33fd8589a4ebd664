/** Who is calling the API: a signed-in person (session cookie) or a program (API key acting as its owner). */
export type Principal = SessionPrincipal | { userId: string; via: "api_key"; apiKeyId: string };

/** A person signed in in a browser: what calls that manage credentials require. */
export type SessionPrincipal = { userId: string; via: "session" };
