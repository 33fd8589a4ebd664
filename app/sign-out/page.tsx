import { LogOut } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { currentSession } from "@/lib/auth";
import { signOutAction } from "@/lib/auth/actions";

export const metadata: Metadata = { title: "Sign out" };

/** Where links to sign out lead (next-auth's own sign-out page points here too). */
export default async function SignOutPage() {
  const session = await currentSession();
  if (!session) redirect("/");
  return (
    <div className="mx-auto grid w-full max-w-sm content-center gap-6 px-4 py-16">
      <Card>
        <CardHeader>
          <h1 className="text-lg leading-tight font-semibold">Sign out of Qari?</h1>
          <CardDescription>
            You are signed in as {session.user.email ?? session.user.name}. Meeting links keep working for everyone.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex gap-2">
          <form action={signOutAction} className="flex-1">
            <Button type="submit" className="w-full">
              <LogOut aria-hidden /> Sign out
            </Button>
          </form>
          <Button asChild variant="ghost">
            <Link href="/meetings">Stay</Link>
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}
