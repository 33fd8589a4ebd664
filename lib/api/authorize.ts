import "server-only";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import type { Principal, SessionPrincipal } from "@/lib/auth/principal";
import type { Access } from "@/lib/endpoints/endpoint";
import { ApiError } from "@/lib/errors";

export type PrincipalFor<A extends Access> = {
  public: null;
  anyone: Principal | null;
  signedIn: Principal;
  session: SessionPrincipal;
}[A];

const signInFirst = () =>
  new ApiError("unauthorized", "Sign in, or send an API key as `Authorization: Bearer qari_…`.", {
    headers: { "WWW-Authenticate": 'Bearer realm="qari"' },
  });

/**
 * Who is calling, checked against an endpoint's access: 401 without the
 * credentials it needs, 403 for an API key where only a person may act.
 * Cost: none for `public`; otherwise one indexed lookup when a key or a
 * session cookie is sent, none for an anonymous caller.
 */
export const authorize: { [A in Access]: (req: Request) => Promise<PrincipalFor<A>> } = {
  public: () => Promise.resolve(null),
  anyone: authenticateRequest,
  async signedIn(req) {
    const principal = await authenticateRequest(req);
    if (!principal) throw signInFirst();
    return principal;
  },
  async session(req) {
    const principal = await authorize.signedIn(req);
    if (principal.via !== "session") {
      throw new ApiError("forbidden", "Only a person signed in to Qari can make this call; an API key cannot.");
    }
    return principal;
  },
};
