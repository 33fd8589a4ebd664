"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState, type ComponentProps } from "react";
import { toast } from "sonner";
import { Button } from "./button";

type CopyButtonProps = Omit<ComponentProps<typeof Button>, "onClick"> & {
  value: string;
  /** What was copied, for the confirmation: "Link copied". */
  what?: string;
};

/** Copies `value` to the clipboard and confirms it with a check mark and a toast. */
export function CopyButton({ value, what = "Link", children, ...props }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`${what} copied`);
    } catch {
      toast.error(`Could not copy. Select the ${what.toLowerCase()} and copy it yourself.`);
    }
  }

  return (
    <Button
      variant="outline"
      onClick={copy}
      aria-label={children ? undefined : `Copy ${what.toLowerCase()}`}
      {...props}
    >
      {copied ? <Check aria-hidden className="text-success" /> : <Copy aria-hidden />}
      {children}
    </Button>
  );
}
