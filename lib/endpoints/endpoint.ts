import type * as z from "zod";
import type { ErrorCode } from "@/lib/errors";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call an endpoint:
 * - `public`: nobody is identified, not even looked up (health, the OpenAPI document);
 * - `anyone`: anonymous callers are welcome; a session or API key, when sent, says who calls
 *   (and a bad key is still refused, 401);
 * - `signedIn`: a session or an API key, else 401;
 * - `session`: a person signed in in a browser; 401 without one, 403 for an API key.
 */
export type Access = "public" | "anyone" | "signedIn" | "session";

/** Path parameters and query strings arrive as strings; their schemas turn them into an object. */
export type ObjectSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export interface ResponseDeclaration {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** The JSON body. Without it (and without `contentType`) the answer has no body. */
  schema?: z.ZodType;
  /** A body that is not JSON (`text/csv`, `text/event-stream`): the handler returns a string or a stream. */
  contentType?: string;
  /** Sent with every success, e.g. `Cache-Control: no-store` on credentials. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * One endpoint, declared once, next to its feature: the route handler's
 * parsing and access checks, the OpenAPI operation and the browser's typed
 * client (`callApi`) all come from it. Browser-safe: schemas only, no handler.
 */
export interface EndpointDeclaration {
  operationId: string;
  method: Method;
  /** OpenAPI style (`/api/v1/meetings/{id}`); the route file is the same path under `app/`, `{id}` as `[id]`. */
  path: `/api/${string}`;
  access: Access;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: ObjectSchema;
  query?: ObjectSchema;
  /** The JSON body, validated before the handler runs. */
  body?: z.ZodType;
  /** An empty body counts as `{}`: for calls whose fields are all optional. */
  bodyOptional?: boolean;
  /**
   * The body's content type when the handler needs the body as sent, unparsed:
   * a signed webhook checks its signature over the exact bytes before trusting
   * them. The handler gets the text; `body`, if given, only documents it.
   */
  rawBody?: string;
  response: ResponseDeclaration;
  /** What the feature itself refuses with; access and input add theirs (see `errorsOf`). */
  errors?: readonly ErrorCode[];
  /** Further documented answers outside the error shape (health's 503 carries its report). */
  otherResponses?: Readonly<Record<number, { description: string; schema?: z.ZodType }>>;
}

/** For answers that carry credentials: no cache, shared or private, may keep them. */
export const noStore = { "Cache-Control": "no-store" } as const;

type Declarations = Record<string, Omit<EndpointDeclaration, "operationId">>;

export type Declared<T extends Declarations> = { [K in keyof T & string]: T[K] & { operationId: K } };

/**
 * Declares a feature's endpoints, each under its OpenAPI operationId:
 * `export const meetingsApi = defineEndpoints({ listMeetings: { method: "GET", … } })`.
 * `const` keeps the literal types that type the handlers and the client.
 */
export function defineEndpoints<const T extends Declarations>(declarations: T): Declared<T> {
  const declared = Object.fromEntries(
    Object.entries(declarations).map(([operationId, declaration]) => [operationId, { ...declaration, operationId }]),
  );
  // Object.fromEntries cannot carry the keys' types; the map above adds exactly `operationId: key` to each.
  return declared as Declared<T>;
}
