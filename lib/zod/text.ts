import * as z from "zod";

/**
 * Text Qari can keep: no NUL (PostgreSQL refuses it in text columns) and no
 * half of a UTF-16 surrogate pair (JSON's `"\ud800"` is not Unicode, and
 * cannot be stored or sent on). The API applies this rule to every string a
 * request carries — keys too — before any schema sees it.
 */
const invalidText = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where in `value` (a parsed body, a query, path parameters) text is invalid: every path, keys included. */
export function findInvalidText(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return invalidText.test(value) ? [path] : [];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    return invalidText.test(key) ? [at] : findInvalidText(item, at);
  });
}

// Control characters never belong in names or titles, and PostgreSQL rejects NUL in text outright.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
const controlCharactersButLineBreaks = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Trimmed one-line text (titles, names) of `min` to `max` characters, no control characters. */
export function singleLineText(max: number, min = 1, tooShort?: string) {
  return z
    .string()
    .trim()
    .min(min, tooShort)
    .max(max)
    .refine((value) => !controlCharacters.test(value), "Must not contain control characters.");
}

/** Trimmed text that may span lines (descriptions), up to `max` characters. */
export function multiLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => !controlCharactersButLineBreaks.test(value), "Must not contain control characters.");
}
