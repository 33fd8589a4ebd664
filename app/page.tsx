import { LogIn } from "lucide-react";
import Link from "next/link";
import { JoinWithCodeForm } from "@/components/meetings/join-with-code-form";
import { NewMeetingCard } from "@/components/meetings/new-meeting-card";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentSession } from "@/lib/auth";

export default async function HomePage() {
  const session = await currentSession();
  return (
    <div className="mx-auto grid w-full max-w-5xl flex-1 content-center gap-10 px-4 py-12 md:grid-cols-2 md:gap-16">
      <section className="flex flex-col justify-center gap-4">
        <h1 className="text-4xl font-semibold tracking-tight text-balance md:text-5xl">
          Meetings anyone can join from a link.
        </h1>
        <p className="text-muted-foreground text-lg text-pretty">
          Start a meeting, share its link or code, and everyone joins in the browser. Nothing to install.
        </p>
        <JoinWithCodeForm />
      </section>
      <section aria-label="Start a meeting" className="flex flex-col justify-center">
        {session ? (
          <NewMeetingCard />
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>Start a meeting</CardTitle>
              <CardDescription>
                Sign in with your email to create meetings and share their links. Joining needs no account.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <Button asChild size="lg" className="w-full">
                <Link href="/sign-in?callbackUrl=/">
                  <LogIn aria-hidden /> Sign in to start a meeting
                </Link>
              </Button>
            </CardContent>
          </Card>
        )}
      </section>
    </div>
  );
}
