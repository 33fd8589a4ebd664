"use client";

import { Toaster as Sonner } from "sonner";

/** Mounted once in the root layout; call `toast()` from "sonner" anywhere in client code. */
export function Toaster() {
  return (
    <Sonner
      position="bottom-center"
      closeButton
      toastOptions={{
        classNames: {
          toast: "!bg-card !text-card-foreground !border-border font-sans",
          description: "!text-muted-foreground",
          success: "[&_[data-icon]]:text-success",
          error: "[&_[data-icon]]:text-destructive",
        },
      }}
    />
  );
}
