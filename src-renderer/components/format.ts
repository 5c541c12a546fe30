// Locale-aware formatting of sizes and dates for the table and status bar.
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const id = `${locale}|${digits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    numberFormats.set(id, format);
  }
  return format;
}

export function formatSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${numberFormat(locale, digits).format(value)} ${UNITS[unit]}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}

export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

/** Last path segment of `key` below `prefix`; folders keep their trailing '/'. */
export function nameInFolder(key: string, prefix: string): string {
  if (key.startsWith(prefix)) return key.slice(prefix.length);
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return key.slice(trimmed.lastIndexOf('/') + 1);
}

/** Last path segment of any key ('a/b.txt' -> 'b.txt', 'a/b/' -> 'b/'). */
export function baseName(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return key.slice(trimmed.lastIndexOf('/') + 1);
}
