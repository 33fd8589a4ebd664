import * as z from "zod";

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
