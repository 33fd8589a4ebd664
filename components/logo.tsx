export function Logo({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden>
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path
        d="M9 11.5A2.5 2.5 0 0 1 11.5 9h6A2.5 2.5 0 0 1 20 11.5v9a2.5 2.5 0 0 1-2.5 2.5h-6A2.5 2.5 0 0 1 9 20.5zm12 2.5 3.4-2.3a1 1 0 0 1 1.6.8v7a1 1 0 0 1-1.6.8L21 18z"
        className="fill-primary-foreground"
      />
    </svg>
  );
}
