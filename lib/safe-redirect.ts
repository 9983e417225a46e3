// The one check for every redirect target that came from a request (sign-in
// `next`, "Exit preview" `to`): only a path on this site, written so that no
// browser can read it as another host. Browsers drop tabs and line breaks from
// URLs and read a backslash as a slash, and a target may arrive
// percent-encoded, so `/\t/evil.example`, `/%09/evil.example` and
// `/%5Cevil.example` all mean `//evil.example` somewhere down the line.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

function decodeFully(value: string): string | null {
  let current = value;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/** `value` if it is a same-site path, otherwise `fallback`. Never throws. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  const decoded = decodeFully(value);
  if (decoded === null) return fallback;
  for (const form of [value, decoded]) {
    if (!form.startsWith('/') || form.startsWith('//') || CONTROL_OR_BACKSLASH.test(form)) return fallback;
  }
  // What a browser would make of it, resolved against a placeholder origin.
  const base = 'http://site.invalid';
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base) return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}
