import * as z from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { errorResponseSchema } from "./error-schema";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { apiKeyListSchema, createApiKeyInputSchema, createdApiKeySchema } from "@/lib/api-keys/schemas";
import {
  invitationListSchema,
  inviteInputSchema,
  sendEmailInputSchema,
  sendEmailResultSchema,
} from "@/lib/invitations/schemas";
import {
  createMeetingInputSchema,
  generateLinkInputSchema,
  generateLinkResultSchema,
  meetingIdParamsSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingSchema,
  updateMeetingInputSchema,
} from "@/lib/meetings/schemas";
import { jitsiJoinSchema } from "@/lib/jitsi/schemas";
import { joinInputSchema } from "@/lib/meetings/join-input";
import {
  createRoomInputSchema,
  joinTokenSchema,
  roomNameParamsSchema,
  roomSchema,
  roomTokenInputSchema,
  roomTokenSchema,
} from "@/lib/livekit/schemas";

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod
 * schemas the route handlers validate with, so the two cannot drift apart.
 */

const errorDescriptions: Record<ErrorCode, string> = {
  bad_request: "Malformed JSON or a missing body.",
  unauthorized: "No valid session or API key.",
  forbidden: "Not allowed.",
  not_found: "No such meeting (or not yours).",
  method_not_allowed: "The method is not supported on this path.",
  conflict: "The name is taken.",
  gone: "The resource no longer exists.",
  payload_too_large: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
  unsupported_media_type: "The body is not sent as application/json.",
  validation_failed: "The input is not valid; `details` lists each field.",
  rate_limited: "Too many requests; wait for `Retry-After` seconds.",
  internal_error: "An unexpected error.",
  service_unavailable: "The database cannot be reached.",
};

function errors(...codes: ErrorCode[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    codes.map((code) => [
      String(errorStatus[code]),
      { description: errorDescriptions[code], content: { "application/json": { schema: errorResponseSchema } } },
    ]),
  );
}

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

/** Who may call an operation: a signed-in session or an API key; some calls take a session only. */
const signedIn: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];
const sessionOnly: Record<string, string[]>[] = [{ session: [] }];
/** Anyone may call; a session or key, when sent, says who is calling. */
const anyone: Record<string, string[]>[] = [{}, { apiKey: [] }, { session: [] }];
const securitySchemes = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description: "An API key from Settings → API keys, sent as `Authorization: Bearer qari_…`. It acts as its owner.",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The session cookie of a signed-in browser (`__Secure-authjs.session-token` over HTTPS).",
  },
} as const;

const bodyErrors = ["bad_request", "payload_too_large", "unsupported_media_type", "validation_failed"] as const;

const createMeeting: ZodOpenApiOperationObject = {
  operationId: "createMeeting",
  security: signedIn,
  summary: "Create a meeting",
  tags: ["Meetings"],
  requestBody: { required: false, ...json(createMeetingInputSchema) },
  responses: {
    "201": { description: "The meeting, with its link and code.", ...json(meetingSchema) },
    ...errors("unauthorized", ...bodyErrors, "service_unavailable"),
  },
};

const listMeetings: ZodOpenApiOperationObject = {
  operationId: "listMeetings",
  security: signedIn,
  summary: "List meetings",
  tags: ["Meetings"],
  requestParams: { query: meetingListQuerySchema },
  responses: {
    "200": { description: "One page of meetings.", ...json(meetingListSchema) },
    ...errors("unauthorized", "validation_failed", "service_unavailable"),
  },
};

const getMeeting: ZodOpenApiOperationObject = {
  operationId: "getMeeting",
  security: signedIn,
  summary: "Get a meeting by id or code",
  tags: ["Meetings"],
  requestParams: { path: meetingIdParamsSchema },
  responses: {
    "200": { description: "The meeting.", ...json(meetingSchema) },
    ...errors("unauthorized", "not_found", "service_unavailable"),
  },
};

const updateMeeting: ZodOpenApiOperationObject = {
  operationId: "updateMeeting",
  security: signedIn,
  summary: "Change a meeting",
  tags: ["Meetings"],
  requestParams: { path: meetingIdParamsSchema },
  requestBody: { required: true, ...json(updateMeetingInputSchema) },
  responses: {
    "200": { description: "The changed meeting.", ...json(meetingSchema) },
    ...errors("unauthorized", ...bodyErrors, "not_found", "service_unavailable"),
  },
};

const deleteMeeting: ZodOpenApiOperationObject = {
  operationId: "deleteMeeting",
  security: signedIn,
  summary: "Delete a meeting",
  description: "Its link then tells visitors that the meeting was deleted.",
  tags: ["Meetings"],
  requestParams: { path: meetingIdParamsSchema },
  responses: { "204": { description: "Deleted." }, ...errors("unauthorized", "not_found", "service_unavailable") },
};

const generateLink: ZodOpenApiOperationObject = {
  operationId: "generateLink",
  security: signedIn,
  summary: "Generate a meeting link",
  description: "The Jitsi link generator's call, kept compatible: creates a meeting and answers with its links.",
  tags: ["Links"],
  requestBody: { required: false, ...json(generateLinkInputSchema) },
  responses: {
    "201": { description: "The new meeting's links.", ...json(generateLinkResultSchema) },
    ...errors("unauthorized", ...bodyErrors, "service_unavailable"),
  },
};

const inviteToMeeting: ZodOpenApiOperationObject = {
  operationId: "inviteToMeeting",
  summary: "Email a meeting's link to people",
  description: "Each invitation goes through the outbox: `queued` ones are retried with backoff.",
  tags: ["Meetings"],
  security: signedIn,
  requestParams: { path: meetingIdParamsSchema },
  requestBody: { required: true, ...json(inviteInputSchema) },
  responses: {
    "201": { description: "Each invitation's status.", ...json(invitationListSchema) },
    ...errors("unauthorized", ...bodyErrors, "not_found", "rate_limited", "service_unavailable"),
  },
};

const sendEmail: ZodOpenApiOperationObject = {
  operationId: "sendEmail",
  summary: "Generate a meeting link and email it",
  description:
    "The Jitsi link generator's call, kept compatible: creates a meeting and emails its link to each address. " +
    "Messages go through an outbox: `queued` ones are retried with backoff until the provider takes them.",
  tags: ["Links"],
  security: signedIn,
  requestBody: { required: true, ...json(sendEmailInputSchema) },
  responses: {
    "201": { description: "The new meeting's links and each invitation's status.", ...json(sendEmailResultSchema) },
    ...errors("unauthorized", ...bodyErrors, "rate_limited", "service_unavailable"),
  },
};

const apiKeyIdParamsSchema = z.object({ id: z.string().meta({ description: "The key's id." }) });

const listApiKeys: ZodOpenApiOperationObject = {
  operationId: "listApiKeys",
  summary: "List your API keys",
  tags: ["API keys"],
  security: sessionOnly,
  responses: {
    "200": { description: "Live keys, newest first (never the keys themselves).", ...json(apiKeyListSchema) },
    ...errors("unauthorized", "forbidden", "service_unavailable"),
  },
};

const createApiKey: ZodOpenApiOperationObject = {
  operationId: "createApiKey",
  summary: "Create an API key",
  tags: ["API keys"],
  security: sessionOnly,
  requestBody: { required: true, ...json(createApiKeyInputSchema) },
  responses: {
    "201": { description: "The key, shown this once.", ...json(createdApiKeySchema) },
    ...errors("unauthorized", "forbidden", ...bodyErrors, "conflict", "service_unavailable"),
  },
};

const revokeApiKey: ZodOpenApiOperationObject = {
  operationId: "revokeApiKey",
  summary: "Revoke an API key",
  tags: ["API keys"],
  security: sessionOnly,
  requestParams: { path: apiKeyIdParamsSchema },
  responses: {
    "204": { description: "Revoked: the key is refused from now on." },
    ...errors("unauthorized", "forbidden", "not_found", "service_unavailable"),
  },
};

const createJoinToken: ZodOpenApiOperationObject = {
  operationId: "createJoinToken",
  security: anyone,
  summary: "Get a token to join a meeting",
  description:
    "Anyone with the link may join. Signed-in callers join as themselves (`host` for the meeting's owner, " +
    "with room admin), everyone else as a `guest` under a fresh random identity. The LiveKit token lasts ten " +
    "minutes; LiveKit renews it for connected participants. Jitsi meetings answer 409: see `createJitsiJoin`.",
  tags: ["Joining"],
  requestParams: { path: meetingIdParamsSchema },
  requestBody: { required: true, ...json(joinInputSchema) },
  responses: {
    "200": { description: "A LiveKit access token for the meeting's room.", ...json(joinTokenSchema) },
    ...errors(...bodyErrors, "not_found", "conflict", "gone", "service_unavailable"),
  },
};

const createJitsiJoin: ZodOpenApiOperationObject = {
  operationId: "createJitsiJoin",
  security: anyone,
  summary: "Get what is needed to join a Jitsi meeting",
  description:
    "The IFrame API's domain and room, the room's URL, and a Jitsi JWT when the server has JITSI_APP_ID and " +
    "JITSI_APP_SECRET (moderator for the meeting's owner).",
  tags: ["Joining"],
  requestParams: { path: meetingIdParamsSchema },
  requestBody: { required: true, ...json(joinInputSchema) },
  responses: {
    "200": { description: "How to open the Jitsi room.", ...json(jitsiJoinSchema) },
    ...errors(...bodyErrors, "not_found", "conflict", "gone", "service_unavailable"),
  },
};

const createRoom: ZodOpenApiOperationObject = {
  operationId: "createRoom",
  security: signedIn,
  summary: "Create a room",
  description: "The old room backend's call: creates a LiveKit meeting owned by the caller.",
  tags: ["Rooms"],
  requestBody: { required: false, ...json(createRoomInputSchema) },
  responses: {
    "201": { description: "The room, with its link.", ...json(roomSchema) },
    ...errors(...bodyErrors, "unauthorized", "conflict", "service_unavailable"),
  },
};

const createRoomToken: ZodOpenApiOperationObject = {
  operationId: "createRoomToken",
  security: signedIn,
  summary: "Mint a token for one of your rooms",
  description: "The old room backend's call: a LiveKit token for any identity, in a room the caller owns.",
  tags: ["Rooms"],
  requestParams: { path: roomNameParamsSchema },
  requestBody: { required: true, ...json(roomTokenInputSchema) },
  responses: {
    "200": { description: "A LiveKit access token.", ...json(roomTokenSchema) },
    ...errors(...bodyErrors, "unauthorized", "not_found", "service_unavailable"),
  },
};

const healthSchema = z
  .object({
    status: z.enum(["ok", "error"]),
    database: z.object({ status: z.enum(["ok", "unreachable"]), latencyMs: z.number().optional() }),
  })
  .meta({ id: "Health" });

const health: ZodOpenApiOperationObject = {
  operationId: "health",
  summary: "Health check",
  tags: ["Service"],
  responses: {
    "200": { description: "The app and its database answer.", ...json(healthSchema) },
    "503": { description: "The database cannot be reached.", ...json(healthSchema) },
  },
};

export function createOpenApiDocument(serverUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Qari API",
      version: "1.0.0",
      description:
        "Create meetings with shareable links and codes. Authenticate with an API key " +
        "(`Authorization: Bearer qari_…`) or a signed-in session. Every error has the shape " +
        "`{ error: { code, message, details } }`, with zod field paths in `details`.",
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes },
    tags: [
      { name: "Meetings", description: "Meetings with a link and a code." },
      { name: "Links", description: "The Jitsi link generator's calls." },
      { name: "Joining", description: "Tokens to join meetings, for anyone with the link." },
      { name: "Rooms", description: "The old room backend's calls." },
      { name: "API keys", description: "Keys for programs; managed from a signed-in session." },
      { name: "Service", description: "Operational endpoints." },
    ],
    paths: {
      "/api/v1/meetings": { get: listMeetings, post: createMeeting },
      "/api/v1/meetings/{id}": { get: getMeeting, patch: updateMeeting, delete: deleteMeeting },
      "/api/v1/meetings/{id}/token": { post: createJoinToken },
      "/api/v1/meetings/{id}/token/jitsi": { post: createJitsiJoin },
      "/api/v1/rooms": { post: createRoom },
      "/api/v1/rooms/{room_name}/token": { post: createRoomToken },
      "/api/v1/generate-link": { post: generateLink },
      "/api/v1/meetings/{id}/invitations": { post: inviteToMeeting },
      "/api/v1/send-email": { post: sendEmail },
      "/api/v1/api-keys": { get: listApiKeys, post: createApiKey },
      "/api/v1/api-keys/{id}": { delete: revokeApiKey },
      "/api/health": { get: health },
    },
  });
}
