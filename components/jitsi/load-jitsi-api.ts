/** The parts of Jitsi's IFrame API (external_api.js) that Qari uses. */
export interface JitsiMeetExternalApi {
  addListener(event: "videoConferenceLeft" | "readyToClose", listener: () => void): void;
  dispose(): void;
}

export type JitsiMeetExternalApiConstructor = new (
  domain: string,
  options: {
    roomName: string;
    parentNode: HTMLElement;
    width?: string | number;
    height?: string | number;
    jwt?: string;
    userInfo?: { displayName?: string; email?: string };
    configOverwrite?: Record<string, unknown>;
  },
) => JitsiMeetExternalApi;

declare global {
  interface Window {
    JitsiMeetExternalAPI?: JitsiMeetExternalApiConstructor;
  }
}

/** How long the script may take before the page offers the plain link instead. */
export const JITSI_SCRIPT_TIMEOUT_MS = 10_000;

const loading = new Map<string, Promise<JitsiMeetExternalApiConstructor>>();

/** Loads `scriptUrl` once per page and resolves with Jitsi's constructor, or rejects when it cannot load. */
export function loadJitsiApi(scriptUrl: string): Promise<JitsiMeetExternalApiConstructor> {
  const existing = loading.get(scriptUrl);
  if (existing) return existing;
  const promise = new Promise<JitsiMeetExternalApiConstructor>((resolve, reject) => {
    if (window.JitsiMeetExternalAPI) return resolve(window.JitsiMeetExternalAPI);
    const script = document.createElement("script");
    const timer = setTimeout(() => fail(new Error("Jitsi's script took too long to load.")), JITSI_SCRIPT_TIMEOUT_MS);
    function fail(error: Error) {
      clearTimeout(timer);
      loading.delete(scriptUrl);
      script.remove();
      reject(error);
    }
    script.src = scriptUrl;
    script.async = true;
    script.onload = () => {
      clearTimeout(timer);
      if (window.JitsiMeetExternalAPI) resolve(window.JitsiMeetExternalAPI);
      else fail(new Error("Jitsi's script loaded but did not define its API."));
    };
    script.onerror = () => fail(new Error("Jitsi's script could not be loaded."));
    document.head.append(script);
  });
  loading.set(scriptUrl, promise);
  return promise;
}
