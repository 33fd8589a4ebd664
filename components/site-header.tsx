import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { Button } from "@/components/ui/button";
import { currentSession } from "@/lib/auth";
import { Logo } from "./logo";

export async function SiteHeader() {
  const session = await currentSession();
  return (
    <header className="bg-card/60 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-6 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold" aria-label="Qari home">
          <Logo />
          <span>Qari</span>
        </Link>
        <nav aria-label="Main" className="text-muted-foreground flex flex-1 items-center gap-4 text-sm">
          {session && (
            <Link href="/meetings" className="hover:text-foreground">
              Meetings
            </Link>
          )}
          <Link href="/docs" className="hover:text-foreground">
            API
          </Link>
        </nav>
        {session ? (
          <UserMenu name={session.user.name ?? null} email={session.user.email ?? null} />
        ) : (
          <Button asChild size="sm" variant="outline">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        )}
      </div>
    </header>
  );
}
