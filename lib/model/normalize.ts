/**
 * Canonical forms for what reps type in many shapes. Repositories apply these before validation,
 * so the stored value is the one detection and search will compare against.
 */

/** `https://www.Acme.com/about` → `acme.com`; IDN → punycode; '' when nothing host-like is left. */
export function normalizeDomain(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^@/, '');
  const host = withoutScheme.split(/[/?#:]/, 1)[0] ?? '';
  let ascii = host;
  try {
    ascii = new URL(`http://${host}`).hostname;
  } catch {
    // leave it as typed; validation reports it
  }
  return ascii.replace(/^www\./, '').replace(/\.$/, '');
}

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** `www.acme.com` → `https://www.acme.com`; a URL with a scheme is kept as typed. */
export function normalizeWebsite(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) return '';
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** Trims, drops empties and case-insensitive duplicates, keeping the first spelling. */
export function normalizeList(items: readonly string[], canonical: (s: string) => string = (s) => s.trim()) {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const value = canonical(raw);
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
