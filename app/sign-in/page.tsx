import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { currentSession, oauthProviders } from "@/lib/auth";
import { signInWithProvider } from "@/lib/auth/actions";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

/** next-auth's error codes, in words people can act on. */
const errors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email address already signs in another way. Use the method you used before.",
  AccessDenied: "Sign-in was refused.",
  Configuration: "Sign-in is not set up correctly on this server. Tell its administrator.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if ((await currentSession())?.user) redirect(callbackUrl);
  const error = typeof params.error === "string" ? (errors[params.error] ?? "Sign-in failed. Try again.") : null;

  return (
    <div className="mx-auto grid w-full max-w-sm content-center gap-6 px-4 py-16">
      <Card>
        <CardHeader>
          <h1 className="text-lg leading-tight font-semibold">Sign in to Qari</h1>
          <CardDescription>To create and manage meetings. Joining a meeting needs no account.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {error && <Alert variant="error">{error}</Alert>}
          <MagicLinkForm
            callbackUrl={callbackUrl}
            devMailbox={env.NODE_ENV !== "production" && env.emailTransport === "mailbox"}
          />
          {oauthProviders.length > 0 && (
            <>
              <div className="text-muted-foreground flex items-center gap-3 text-xs">
                <span className="h-px flex-1 bg-current opacity-30" /> or{" "}
                <span className="h-px flex-1 bg-current opacity-30" />
              </div>
              {oauthProviders.map((provider) => (
                <form key={provider.id} action={signInWithProvider.bind(null, provider.id, callbackUrl)}>
                  <Button type="submit" variant="outline" className="w-full">
                    {`Continue with ${provider.name}`}
                  </Button>
                </form>
              ))}
            </>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
