/**
 * Dates as CRMs and spreadsheets write them: ISO (`2024-03-12`, `2024-03-12 09:14`,
 * `2024-03-12T09:14:00Z`), HubSpot's and Salesforce's US style (`3/15/2024 2:30 PM`), day-first
 * (`15/03/2024`, `15.03.2024`), Chinese (`2024年3月12日`, `2024/3/12`), and Excel's serial day
 * numbers. A time without a zone is local: where the rep exported the file.
 */

export interface ParsedDate {
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text said (`Z`, `+08:00`), else null (local time). */
  offset: number | null;
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`);
const CHINESE = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})[:：](\d{2}))?$/;
const NO_YEAR = /^--?(\d{1,2})-(\d{1,2})$/;

/** Reads a date (and time); null when the text is not one or names an impossible day. */
export function parseDate(input: string): ParsedDate | null {
  const text = input.trim();
  if (!text) return null;
  let m = YMD.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m.slice(4));
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    // US order (month first) unless the first number cannot be a month; dots mean day first.
    const dayFirst = a > 12 || text.includes('.');
    return build(+m[3]!, dayFirst ? b : a, dayFirst ? a : b, m.slice(4));
  }
  m = CHINESE.exec(text);
  if (m) return build(m[1] ? +m[1] : null, +m[2]!, +m[3]!, [m[4], m[5], undefined, undefined]);
  m = NO_YEAR.exec(text);
  if (m) return build(null, +m[1]!, +m[2]!, []);
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return null;
}

function build(
  year: number | null,
  month: number,
  day: number,
  time: (string | undefined)[],
): ParsedDate | null {
  const [h, min, s, ms, ampm, zone] = time;
  let hour = h ? +h : 0;
  const minute = min ? +min : 0;
  const second = s ? +s : 0;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year ?? 2024, month - 1, day));
  if (probe.getUTCDate() !== day || (year !== null && (year < 1800 || year > 2200))) return null;
  let offset: number | null = null;
  if (zone) {
    if (zone === 'Z') offset = 0;
    else {
      const digits = zone.replace(':', '');
      offset = (digits[0] === '-' ? -1 : 1) * (+digits.slice(1, 3) * 60 + +digits.slice(3, 5));
    }
  }
  const millisecond = ms ? +ms.padEnd(3, '0') : 0;
  return { year, month, day, hour, minute, second, millisecond, offset };
}

/** Excel's day numbers (1900 system): 45366 is 2024-03-15. */
function fromExcelSerial(serial: number): ParsedDate | null {
  if (serial < 20_000 || serial > 80_000) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
    millisecond: 0,
    offset: null,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` (a calendar day: the time is ignored), or null. */
export function toCalendarDate(input: string): string | null {
  const d = parseDate(input);
  return d && d.year !== null ? `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}` : null;
}

/** A birthday: `YYYY-MM-DD`, or `--MM-DD` when the year is not given; null if not a date. */
export function toBirthday(input: string): string | null {
  const d = parseDate(input);
  if (!d) return null;
  return d.year === null
    ? `--${pad(d.month)}-${pad(d.day)}`
    : `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** An ISO-8601 UTC timestamp; a time without a zone is read in the local zone. Null if not a date. */
export function toTimestamp(input: string): string | null {
  const d = parseDate(input);
  if (!d || d.year === null) return null;
  const ms =
    d.offset === null
      ? new Date(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond).getTime()
      : Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond) - d.offset * 60_000;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
