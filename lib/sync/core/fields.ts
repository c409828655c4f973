/**
 * A row's fields as paths: `name`, `basic.phone`, `needs.competitors`. Plain objects are walked
 * into; anything else (text, numbers, lists, null) is one field. Two edits of one row merge field
 * by field on these paths, so a change of the phone and a change of the address never collide.
 */

/** Bookkeeping and derived fields: never a rep's edit, never merged. */
export const NOT_EDITED = new Set(['id', 'createdAt', 'updatedAt', 'pinyin', 'birthMonthDay']);

type Row = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Whether two field values are the same (lists and objects by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  return false;
}

/** The paths whose values differ between two versions of a row (every edited path when `before` is null). */
export function changedPaths(before: Row | null | undefined, after: Row | null | undefined): string[] {
  const out: string[] = [];
  walk(before ?? {}, after ?? {}, '', out, true);
  return out;
}

function walk(a: Row, b: Row, prefix: string, out: string[], top: boolean) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (top && NOT_EDITED.has(key)) continue;
    const path = prefix + key;
    const x = a[key];
    const y = b[key];
    // A missing object is an empty one: a new row's `basic.phone` is a field like any other.
    const xs = x === undefined ? {} : x;
    const ys = y === undefined ? {} : y;
    if (isPlainObject(xs) && isPlainObject(ys)) walk(xs, ys, `${path}.`, out, false);
    else if (!sameValue(x, y)) out.push(path);
  }
}

/** The value at `path` in `row` (undefined when absent). */
export function valueAt(row: Row, path: string): unknown {
  let here: unknown = row;
  for (const part of path.split('.')) {
    if (!isPlainObject(here) || !Object.hasOwn(here, part)) return undefined;
    here = here[part];
  }
  return here;
}

/** A copy of `row` with `value` at `path` (removed when undefined); objects on the way are copied. */
export function withValueAt(row: Row, path: string, value: unknown): Row {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Row = { ...row };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = isPlainObject(row[head]) ? (row[head] as Row) : {};
  copy[head] = withValueAt(inner, rest.join('.'), value);
  return copy;
}
