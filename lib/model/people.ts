/**
 * People captured from an open email: a readable name for an address that came
 * without one.
 */

/** Local-part pieces that are not part of a name: `+tags`, numbers (`wang.fang2`, `li.wei.1987`). */
const DIGITS = /\d+/g;

/**
 * A readable name from an email address's local part: `wang.fang@acme.com` → `Wang Fang`,
 * `li_wei-2@x.cn` → `Li Wei`, `john.smith+news@x.com` → `John Smith`. Separators (`.`, `_`,
 * `-`) become spaces, `+tags` and digits go, each word is capitalised. An address without any
 * letters keeps its local part (`10086@x.cn` → `10086`); '' gives ''.
 */
export function nameFromAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const local = (at === -1 ? address : address.slice(0, at)).trim();
  const untagged = local.split('+')[0] ?? '';
  const words = untagged
    .replace(DIGITS, ' ')
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  return words.length > 0 ? words.join(' ') : local;
}

/**
 * The name to propose for a person of an email: the display name the mail client showed
 * (quotes and stray spaces removed) unless it is empty or just the address again, else the
 * readable form of the address (`nameFromAddress`).
 */
export function personName(displayName: string, address: string): string {
  const name = displayName
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || name.includes('@')) return nameFromAddress(address);
  return name;
}
