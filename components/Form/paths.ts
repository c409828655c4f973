/** Reads a dotted path (`basic.website`) out of a draft. */
export function getIn(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A copy of `source` with the value at a dotted path replaced. */
export function setIn<T>(source: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const record = source as Record<string, unknown>;
  const next = rest.length === 0 ? value : setIn(record[head] ?? {}, rest.join('.'), value);
  return { ...record, [head]: next } as T;
}

/** The field an error key belongs to: `emails.1` → `emails`, `basic.website` stays. */
export function errorFieldPath(key: string): string {
  const match = /\.\d/.exec(key);
  return match ? key.slice(0, match.index) : key;
}

/** One text input for a list: split on commas (also Chinese ，、), semicolons and newlines. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Empty → null; anything else goes through Number so bad input reaches the validator as NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
