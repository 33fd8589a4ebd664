"use client";

import { Mic, MicOff, RotateCw, Video, VideoOff } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { displayNameSchema } from "@/lib/meetings/join-input";
import { describeMediaProblem, type DeviceKind, type MediaProblem } from "./media-errors";
import { DisplayNameField } from "./display-name-field";
import { useDevices } from "./use-devices";
import { useJoinChoices } from "./use-join-choices";
import { usePreviewTrack } from "./use-preview-track";

export interface JoinChoices {
  name: string;
  videoEnabled: boolean;
  audioEnabled: boolean;
  videoDeviceId: string;
  audioDeviceId: string;
}

/** LiveKit's choices store "default" for "no choice made"; getUserMedia wants no constraint then. */
const chosen = (deviceId: string) => (deviceId === "default" ? "" : deviceId);

const noSubscription = () => () => undefined;

/**
 * The pre-join screen: name, camera and microphone preview with on/off and
 * device choice. Choices are kept in localStorage (LiveKit's own
 * user-choices record, which the room's device menus read too), so the next
 * visit starts as this one ended. Rendered on the server and free of
 * LiveKit's code, so the page is ready to join as soon as it hydrates.
 */
export function PreJoinPanel({
  defaultName,
  pending,
  error,
  onJoin,
}: {
  defaultName: string;
  pending: boolean;
  /** A problem from the last join attempt, shown above the button. */
  error: string | null;
  onJoin: (choices: JoinChoices) => void;
}) {
  const [userChoices, saveChoices] = useJoinChoices();
  // What the person typed; until then, the name remembered in this browser, or their account's.
  const [typedName, setName] = useState<string | null>(null);
  const name = typedName ?? (userChoices.username || defaultName);
  // Until the page hydrates, Join would submit the form natively (a reload): it waits, disabled.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [nameError, setNameError] = useState<string>();
  const [attempt, setAttempt] = useState({ camera: 0, microphone: 0 });

  const camera = usePreviewTrack("camera", userChoices.videoEnabled, chosen(userChoices.videoDeviceId), attempt.camera);
  const microphone = usePreviewTrack(
    "microphone",
    userChoices.audioEnabled,
    chosen(userChoices.audioDeviceId),
    attempt.microphone,
  );
  const cameras = useDevices("videoinput", camera.track);
  const microphones = useDevices("audioinput", microphone.track);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? "Enter your name.");
      return;
    }
    setNameError(undefined);
    saveChoices({ username: parsed.data });
    onJoin({
      name: parsed.data,
      // A device that failed joins switched off rather than failing the whole join.
      videoEnabled: camera.status === "on",
      audioEnabled: microphone.status === "on",
      videoDeviceId: camera.track?.getSettings().deviceId ?? "",
      audioDeviceId: microphone.track?.getSettings().deviceId ?? "",
    });
  }

  const retry = (kind: DeviceKind) => setAttempt((current) => ({ ...current, [kind]: current[kind] + 1 }));

  return (
    <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
      <div className="grid content-start gap-3">
        <CameraPreview track={camera.track} status={camera.status} name={name} />
        <div className="flex flex-wrap justify-center gap-2" role="group" aria-label="Camera and microphone">
          <Button
            type="button"
            variant={userChoices.audioEnabled ? "outline" : "destructive"}
            aria-pressed={userChoices.audioEnabled}
            onClick={() => saveChoices({ audioEnabled: !userChoices.audioEnabled })}
          >
            {userChoices.audioEnabled ? <Mic aria-hidden /> : <MicOff aria-hidden />}
            {userChoices.audioEnabled ? "Microphone on" : "Microphone off"}
          </Button>
          <Button
            type="button"
            variant={userChoices.videoEnabled ? "outline" : "destructive"}
            aria-pressed={userChoices.videoEnabled}
            onClick={() => saveChoices({ videoEnabled: !userChoices.videoEnabled })}
          >
            {userChoices.videoEnabled ? <Video aria-hidden /> : <VideoOff aria-hidden />}
            {userChoices.videoEnabled ? "Camera on" : "Camera off"}
          </Button>
        </div>
        {camera.status === "failed" && (
          <DeviceProblem
            kind="camera"
            problem={camera.problem}
            onRetry={() => retry("camera")}
            onWithout={() => saveChoices({ videoEnabled: false })}
          />
        )}
        {microphone.status === "failed" && (
          <DeviceProblem
            kind="microphone"
            problem={microphone.problem}
            onRetry={() => retry("microphone")}
            onWithout={() => saveChoices({ audioEnabled: false })}
          />
        )}
      </div>

      <form className="grid content-start gap-4" onSubmit={submit} noValidate>
        <DisplayNameField value={name} error={nameError} onChange={setName} />
        <DeviceSelect
          id="camera-select"
          label="Camera"
          devices={cameras}
          value={camera.track?.getSettings().deviceId ?? chosen(userChoices.videoDeviceId)}
          onChange={(videoDeviceId) => saveChoices({ videoDeviceId })}
          disabled={!userChoices.videoEnabled}
        />
        <DeviceSelect
          id="microphone-select"
          label="Microphone"
          devices={microphones}
          value={microphone.track?.getSettings().deviceId ?? chosen(userChoices.audioDeviceId)}
          onChange={(audioDeviceId) => saveChoices({ audioDeviceId })}
          disabled={!userChoices.audioEnabled}
        />
        {error && <Alert variant="error">{error}</Alert>}
        <Button type="submit" size="lg" pending={pending} disabled={!hydrated}>
          {pending ? "Joining…" : "Join meeting"}
        </Button>
      </form>
    </div>
  );
}

function CameraPreview({
  track,
  status,
  name,
}: {
  track: MediaStreamTrack | null;
  status: "off" | "starting" | "on" | "failed";
  name: string;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = videoRef.current;
    if (!track || !element) return;
    element.srcObject = new MediaStream([track]);
    return () => {
      element.srcObject = null;
    };
  }, [track]);

  const initial = name.trim().charAt(0).toUpperCase() || "?";
  return (
    <div className="bg-muted relative aspect-video overflow-hidden rounded-lg border">
      {track ? (
        <video
          ref={videoRef}
          data-testid="camera-preview"
          aria-label="Your camera preview"
          className="size-full -scale-x-100 object-cover"
          muted
          playsInline
          autoPlay
        />
      ) : (
        <div className="text-muted-foreground grid size-full place-items-center gap-2 text-sm">
          {status === "starting" ? (
            <span className="flex items-center gap-2" role="status">
              <Spinner /> Starting your camera…
            </span>
          ) : (
            <span className="grid justify-items-center gap-2">
              <span
                aria-hidden
                className="bg-secondary grid size-16 place-items-center rounded-full text-2xl font-semibold"
              >
                {initial}
              </span>
              {status === "off" ? "Your camera is off" : "No camera picture"}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function DeviceProblem({
  kind,
  problem,
  onRetry,
  onWithout,
}: {
  kind: DeviceKind;
  problem: MediaProblem;
  onRetry: () => void;
  onWithout: () => void;
}) {
  const { title, text } = describeMediaProblem(kind, problem);
  return (
    <Alert variant="error" data-testid={`${kind}-problem`}>
      <div className="grid gap-2">
        <p className="font-medium">{title}</p>
        <p>{text}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="outline" onClick={onRetry}>
            <RotateCw aria-hidden /> Retry
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onWithout}>
            {kind === "camera" ? "Join without camera" : "Join muted"}
          </Button>
        </div>
      </div>
    </Alert>
  );
}

function DeviceSelect({
  id,
  label,
  devices,
  value,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}) {
  const known = devices.some((device) => device.deviceId === value);
  return (
    <Field id={id} label={label}>
      {(control) => (
        <select
          {...control}
          className="border-input bg-card h-10 w-full rounded-md border px-3 text-sm disabled:opacity-50"
          value={known ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled || devices.length === 0}
        >
          {!known && <option value="">{devices.length ? "System default" : `No ${label.toLowerCase()} found`}</option>}
          {devices.map((device, index) => (
            <option key={device.deviceId} value={device.deviceId}>
              {device.label || `${label} ${index + 1}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
