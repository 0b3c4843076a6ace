// A date as precisely as it is known, for people to read: the page and the command line's report tables show
// "19 Sep 2023", "Oct 2020", "2023" or "c. 19 Sep 2023", never the 1st of a month or a year that the source did not give.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at the precision it is known to: "19 Sep 2023", "Oct 2020", "2023", "c. 19 Sep 2023", or "undated". */
export function formatDate(date: string | null | undefined, precision = 'day'): string {
  if (!date || precision === 'unknown') return 'undated';
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year') return String(y);
  const month = MONTHS[(m ?? 1) - 1];
  if (precision === 'month') return `${month} ${y}`;
  const day = `${d ?? 1} ${month} ${y}`;
  return precision === 'approximate' ? `c. ${day}` : day;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A report cell that holds a date, as people read it: a date column `x` comes with `xPrecision` when statements
 * are behind it ("Sep 2023", not 2023-09-01); event and tie dates are days. Null for any other cell.
 */
export function reportDate(column: string, value: unknown, row: Record<string, unknown>): string | null {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return null;
  const precision = row[`${column}Precision`];
  return formatDate(value, typeof precision === 'string' ? precision : 'day');
}
