import { Prisma } from "./generated/client";

/** Prisma codes meaning "could not talk to the database", not "the query was wrong". */
const unavailableCodes = new Set(["P1001", "P1002", "P1003", "P1008", "P1010", "P1011", "P1017", "P2024"]);
const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
  "AuthenticationFailed",
]);

function driverErrorKind(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined;
  return meta?.driverAdapterError?.cause?.kind;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return unavailableCodes.has(error.code) || unavailableKinds.has(driverErrorKind(error) ?? "");
  }
  // pg errors that escape Prisma (a pool that cannot connect at all).
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "57P03") return true;
  // A connection cut mid-query: pg gives this one no code, only its message, and Prisma passes it on as is.
  return error instanceof Error && /^Connection terminated( unexpectedly)?$|^read ECONNRESET$/.test(error.message);
}

/** True when `error` is a unique-constraint violation, on `field` when one is given. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!field) return true;
  const meta = error.meta as
    { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? [meta?.target ?? []].flat();
  return fields.some((name) => name.replaceAll('"', "") === field);
}
