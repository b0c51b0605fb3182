/** A day written YYYY-MM-DD. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The number written by the digits from..to, or -1 when one of them is not a digit. */
const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
};

/**
 * Whether `s` is a day that exists: YYYY-MM-DD with a month 01-12 and a day the month has
 * (2024-02-29 yes, 2023-02-29 and 2024-02-30 no; `Date.parse` alone accepts 2024-02-30).
 * Without building a Date: importers call it for every row.
 */
export function isCalendarDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

/** An ISO date or date-time whose date part exists (2024-02-30T10:00Z does not). */
export function isCalendarDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.exec(s);
  return m !== null && isCalendarDay(m[1]!);
}
