import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { AuthError, type DefaultSession } from "next-auth";
import type { Provider } from "next-auth/providers";
import { cache } from "react";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { magicLinkProvider } from "./magic-link-provider";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Links in sign-in emails are built from AUTH_URL when it is set, and otherwise from the request's
// Host / X-Forwarded-Host, which a caller chooses: someone could then have a victim's sign-in link
// point at their own site. Qari's public URL is known, so pin it.
process.env.AUTH_URL ??= env.APP_URL;

/** Email magic links always; GitHub and Google only when their client id and secret are configured. */
function providers(): Provider[] {
  const list: Provider[] = [magicLinkProvider];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    list.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  return list;
}

/** The ids of the OAuth providers that are configured, for the sign-in page's buttons. */
export const oauthProviders = providers()
  .map((provider) => (typeof provider === "function" ? provider() : provider))
  .filter((provider) => provider.type === "oauth" || provider.type === "oidc")
  .map((provider) => ({ id: provider.id, name: provider.name }));

/**
 * The one auth module: `auth()` (via `currentSession` in pages) for pages, route handlers and the API
 * wrapper; `signIn` / `signOut` for server actions; `handlers` for /api/auth.
 * Sessions live in the database, so signing out (or deleting the row) ends
 * them at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
  secret: env.AUTH_SECRET,
  trustHost: true,
  providers: providers(),
  pages: { signIn: "/sign-in", signOut: "/sign-out", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  logger: {
    error(error) {
      // A sign-in link used twice or too late is the person's slip, which the sign-in page explains:
      // one line, not an error with a stack trace.
      if (error instanceof AuthError && error.type === "Verification") {
        console.info("[auth] A sign-in link was refused: already used, or expired.");
        return;
      }
      console.error(error);
    },
  },
  callbacks: {
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
});

/**
 * The session for server components: the header, the page and its helpers
 * all ask, and this looks it up once per request. Route handlers call `auth()`.
 */
export const currentSession = cache(() => auth());
