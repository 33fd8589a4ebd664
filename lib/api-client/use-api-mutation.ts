import { useState } from "react";
import { toast } from "sonner";
import type { EndpointDeclaration } from "@/lib/endpoints/endpoint";
import type { CallArgs, ResultOf } from "@/lib/endpoints/types";
import { ApiRequestError } from "./api-request-error";
import { callApi } from "./call-api";

/** What `mutate` was given: always there when the endpoint requires input. */
type Input<E extends EndpointDeclaration> = CallArgs<E>[0];

export type Outcome<E extends EndpointDeclaration> =
  { ok: true; result: ResultOf<E> } | { ok: false; error: ApiRequestError };

interface Options<E extends EndpointDeclaration> {
  onSuccess?: (result: ResultOf<E>, input: Input<E>) => void;
  /** Runs on failure, before it is reported: to change what the island shows (a "meeting gone" page). */
  onError?: (error: ApiRequestError, input: Input<E>) => void;
  /** `toast` (the default) reports a failure in a toast; `inline` leaves it to the island, through `error`. */
  report?: "toast" | "inline";
}

/**
 * One call an island makes on the user's behalf (create, save, revoke, join):
 * its pending state, its failure, and what follows either. `mutate` takes what
 * `callApi` takes and resolves to the outcome, for callers that need their own
 * context afterwards; `pendingInput` says which call is in flight (which row
 * shows a spinner).
 */
export function useApiMutation<E extends EndpointDeclaration>(endpoint: E, options: Options<E> = {}) {
  const [inFlight, setInFlight] = useState<{ input: Input<E> } | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);

  async function mutate(...args: CallArgs<E>): Promise<Outcome<E>> {
    const [input] = args;
    setInFlight({ input });
    setError(null);
    try {
      const result = await callApi(endpoint, ...args);
      options.onSuccess?.(result, input);
      return { ok: true, result };
    } catch (caught) {
      if (!(caught instanceof ApiRequestError)) throw caught;
      options.onError?.(caught, input);
      if (options.report === "inline") setError(caught);
      else toast.error(caught.message);
      return { ok: false, error: caught };
    } finally {
      setInFlight(null);
    }
  }

  return {
    mutate,
    pending: inFlight !== null,
    pendingInput: inFlight?.input,
    error,
    reset: () => setError(null),
  };
}
