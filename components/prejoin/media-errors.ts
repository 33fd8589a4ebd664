export type DeviceKind = "camera" | "microphone";
export type MediaProblem = "denied" | "missing" | "in-use" | "other";

/**
 * Sorts a getUserMedia failure into what the person can do about it, by the
 * DOMException's name (the older Chrome names too, as LiveKit's own sorting does).
 */
export function classifyMediaError(error: unknown): MediaProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
      return "denied";
    case "NotFoundError":
    case "DevicesNotFoundError":
    // Chrome reports a device that vanished since it was chosen as OverconstrainedError.
    case "OverconstrainedError":
      return "missing";
    case "NotReadableError":
    case "TrackStartError":
      return "in-use";
    default:
      return "other";
  }
}

/** What to say, per device and problem: what happened, and the way forward. */
export function describeMediaProblem(kind: DeviceKind, problem: MediaProblem): { title: string; text: string } {
  const device = kind;
  const without = kind === "camera" ? "join without camera" : "join muted";
  switch (problem) {
    case "denied":
      return {
        title: `${capitalise(device)} access is blocked`,
        text: `Your browser did not let Qari use your ${device}. Allow it in the site settings (the icon left of the address), then press Retry, or ${without}.`,
      };
    case "missing":
      return {
        title: `No ${device} found`,
        text: `Connect a ${device} (or pick another one) and press Retry, or ${without}.`,
      };
    case "in-use":
      return {
        title: `Your ${device} is busy`,
        text: `Another app or browser tab is using your ${device}, or it could not start. Close the other app and press Retry, or ${without}.`,
      };
    default:
      return {
        title: `Your ${device} could not start`,
        text: `Something went wrong while starting your ${device}. Press Retry, or ${without}.`,
      };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
