// A backup file as a `data:` URL, for Chrome's service worker (no blob URLs there). Pure.

/**
 * Chromium refuses URLs longer than 2 MiB (`url::kMaxURLChars`, 2,097,152): a longer `data:` URL
 * never downloads. A little under it, so a backup up to ~1.5 MB of JSON goes this way.
 */
export const MAX_DATA_URL_CHARS = 2_000_000;

/**
 * `text` as a base64 `data:` URL of its UTF-8 bytes (Chinese costs 4/3 per byte, not the 9 chars
 * of percent-encoding), or null when the URL would be longer than `maxChars`.
 */
export function dataUrl(text: string, type: string, maxChars = MAX_DATA_URL_CHARS): string | null {
  const prefix = `data:${type};base64,`;
  const bytes = new TextEncoder().encode(text);
  if (prefix.length + Math.ceil(bytes.length / 3) * 4 > maxChars) return null;
  let binary = '';
  // In slices: String.fromCharCode(...bytes) of a megabyte overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return prefix + btoa(binary);
}
