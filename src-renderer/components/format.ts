// Locale-aware formatting of sizes and dates for the table and status bar.
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];

// Building an Intl format costs far more than using one: one of each per locale.
const sizeFormats = new Map<string, Intl.NumberFormat>();
const byteFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(cache: Map<string, Intl.NumberFormat>, locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(locale, format);
  }
  return format;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** The locale's one count format (grouping: "12,345"), built once per locale. */
export const countFormat = (locale: string): Intl.NumberFormat => cachedFormat(byteFormats, locale);

/** A count with the locale's grouping ("12,345"). */
export const formatCount = (n: number, locale: string): string => countFormat(locale).format(n);

/** A fraction 0..1 as a whole percentage, never rounded up to 100 % before it is done. */
export const formatPercent = (fraction: number, locale: string): string => cachedFormat(percentFormats, locale, { style: 'percent' }).format(Math.floor(fraction * 100) / 100);

const sizeFormat = (locale: string): Intl.NumberFormat => cachedFormat(sizeFormats, locale, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 });

/** Bytes as a whole number, larger sizes with three significant digits ("33.0 KB", "34.9 KB",
 * "1.23 MB"); a value that would round to four digits moves up a unit ("0.977 MB", not "1,000 KB"). */
export function formatSize(bytes: number, locale: string): string {
  if (bytes < 1000) return `${cachedFormat(byteFormats, locale).format(bytes)} ${UNITS[0]}`;
  let value = bytes;
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat(locale).format(value)} ${UNITS[unit]}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: string): string {
  return formatTime(Date.parse(iso), locale);
}

/** A time in ms since the epoch; '' for 0 (unknown) or NaN. */
export function formatTime(time: number, locale: string): string {
  if (!time) return '';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}

export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

/** Last path segment of any key ('a/b.txt' -> 'b.txt', 'a/b/' -> 'b/'). */
export function baseName(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return key.slice(trimmed.lastIndexOf('/') + 1);
}
