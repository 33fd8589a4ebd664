import { apiKeysApi } from "@/lib/api-keys/endpoints";
import { attendanceApi } from "@/lib/attendance/endpoints";
import type { EndpointDeclaration } from "@/lib/endpoints/endpoint";
import { healthApi } from "@/lib/health/endpoints";
import { invitationsApi } from "@/lib/invitations/endpoints";
import { jitsiApi } from "@/lib/jitsi/endpoints";
import { livekitApi } from "@/lib/livekit/endpoints";
import { meetingsApi } from "@/lib/meetings/endpoints";
import { openApiApi } from "./endpoints";

const groups: Record<string, EndpointDeclaration>[] = [
  meetingsApi,
  invitationsApi,
  livekitApi,
  attendanceApi,
  jitsiApi,
  apiKeysApi,
  healthApi,
  openApiApi,
];

/** Every endpoint Qari serves: the OpenAPI document lists these, and a test checks each has its route. */
export const allEndpoints: readonly EndpointDeclaration[] = groups.flatMap((group) => Object.values(group));
