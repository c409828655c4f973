// What the benchmarks that print tables share: quantiles, millisecond formatting, ratios, tables.

/** The finite values, ascending. */
export const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** The nearest-rank `p` quantile of the finite values (NaN when there are none). */
export function q(xs, p) {
  const s = sorted(xs);
  return s.length ? s[Math.max(0, Math.min(s.length - 1, Math.ceil(p * s.length) - 1))] : Number.NaN;
}

export const median = (xs) => q(xs, 0.5);

/** Milliseconds with as many digits as they deserve; '—' for nothing measured. */
export const ms = (x) =>
  !Number.isFinite(x)
    ? '—'
    : x < 0.1
      ? x.toFixed(3)
      : x < 10
        ? x.toFixed(2)
        : x < 100
          ? x.toFixed(1)
          : x.toFixed(0);

export const ratio = (x, base) => (Number.isFinite(x / base) && base > 0 ? `${(x / base).toFixed(2)}×` : '—');

/** Prints a titled table with padded columns. */
export function table(title, header, rows) {
  console.log(`\n${title}`);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)) + 2);
  for (const r of all)
    console.log(
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join('')
        .trimEnd(),
    );
}
