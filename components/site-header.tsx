import Link from "next/link";
import { Logo } from "./logo";

export function SiteHeader() {
  return (
    <header className="bg-card/60 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-6 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold" aria-label="Qari home">
          <Logo />
          <span>Qari</span>
        </Link>
        <nav aria-label="Main" className="text-muted-foreground flex flex-1 items-center gap-4 text-sm">
          <Link href="/docs" className="hover:text-foreground">
            API
          </Link>
        </nav>
      </div>
    </header>
  );
}
