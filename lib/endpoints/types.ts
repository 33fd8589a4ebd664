import type * as z from "zod";
import type { EndpointDeclaration } from "./endpoint";

// What a declaration implies for the two sides that speak it: the handler
// (validated input, the result it returns) and the browser (what it sends,
// what it gets back). Types only; nothing here runs.

type Parsed<S> = S extends z.ZodType ? z.output<S> : never;

export type ParamsOf<E extends EndpointDeclaration> = E extends { params: infer S } ? Parsed<S> : Record<string, never>;

export type QueryOf<E extends EndpointDeclaration> = E extends { query: infer S } ? Parsed<S> : undefined;

/** The validated JSON body, or the text itself for `rawBody` endpoints. */
export type BodyOf<E extends EndpointDeclaration> = E extends { rawBody: string }
  ? string
  : E extends { body: infer S }
    ? Parsed<S>
    : undefined;

/** What a handler returns: the JSON body, a string or stream for other content, nothing for bodiless answers. */
export type ReplyOf<E extends EndpointDeclaration> = E extends { response: { schema: infer S extends z.ZodType } }
  ? z.input<S>
  : E extends { response: { contentType: string } }
    ? BodyInit
    : void;

/** What `callApi` resolves to: the parsed JSON body, the raw `Response` for other content, or nothing. */
export type ResultOf<E extends EndpointDeclaration> = E extends { response: { schema: infer S extends z.ZodType } }
  ? z.output<S>
  : E extends { response: { contentType: string } }
    ? Response
    : void;

type ParamsInput<E> = E extends { params: infer S extends z.ZodType } ? { params: z.input<S> } : unknown;
type QueryInput<E> = E extends { query: infer S extends z.ZodType } ? { query?: z.input<S> } : unknown;
type BodyInput<E> = E extends { rawBody: string }
  ? { body: string }
  : E extends { body: infer S extends z.ZodType }
    ? E extends { bodyOptional: true }
      ? { body?: z.input<S> }
      : { body: z.input<S> }
    : unknown;

/** What a caller passes to `callApi`: only the parts the endpoint declares. */
export type CallInput<E extends EndpointDeclaration> = ParamsInput<E> & QueryInput<E> & BodyInput<E>;

/** `callApi(endpoint)` alone when nothing is required, `callApi(endpoint, input)` otherwise. */
export type CallArgs<E extends EndpointDeclaration> =
  object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];
