// Limits the editor checks in the browser as well as on the server: kept free
// of zod so the client bundle does not carry the validation library.

/** The longest body a piece may have. */
export const BODY_MAX_CHARS = 200_000;

export function bodyTooLong(max: number): string {
  return `The body is too long (${max.toLocaleString('en-US')} characters at most).`;
}

/** The longest episode transcript: about four hours of conversation. */
export const TRANSCRIPT_MAX_CHARS = 400_000;
