import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Check your email" };

/** Where next-auth sends people after a magic-link request made outside the sign-in form. */
export default function CheckEmailPage() {
  return (
    <div className="mx-auto grid w-full max-w-md content-center gap-4 px-4 py-16 text-center">
      <MailCheck aria-hidden className="text-muted-foreground mx-auto size-10" />
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p className="text-muted-foreground">A sign-in link is on its way. It works once, for 15 minutes.</p>
      <Button asChild variant="ghost">
        <Link href="/sign-in">Use another address</Link>
      </Button>
    </div>
  );
}
