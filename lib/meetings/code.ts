/**
 * Meeting codes are ten lowercase letters (26^10 ≈ 1.4 × 10^14 of them, drawn
 * from a cryptographic source so they cannot be predicted), stored bare and
 * shown as abc-defg-hij. People type them in any case, with or without dashes,
 * or paste the whole link. No server imports: the join form uses this too.
 */
export const MEETING_CODE_LENGTH = 10;

const bareCode = /^[a-z]{10}$/;

export function generateMeetingCode(): string {
  let code = "";
  const byte = new Uint8Array(1);
  while (code.length < MEETING_CODE_LENGTH) {
    crypto.getRandomValues(byte);
    // 234 = 9 × 26: rejecting larger bytes keeps every letter equally likely.
    if (byte[0]! < 234) code += String.fromCharCode(97 + (byte[0]! % 26));
  }
  return code;
}

/** The bare ten letters of a code as typed ("ABC-defg hij" → "abcdefghij"), or null. */
export function normalizeMeetingCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, "");
  return bareCode.test(code) ? code : null;
}

/** A code from what someone typed or pasted: a code, or a Qari link ending in /m/{code}. */
export function meetingCodeFromInput(input: string): string | null {
  const trimmed = input.trim();
  const fromLink = /\/m\/([A-Za-z-]+)\/?(?:[?#].*)?$/.exec(trimmed)?.[1];
  return normalizeMeetingCode(fromLink ?? trimmed);
}

export function formatMeetingCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7)}`;
}
