// "Export CSV" of a link check: link, target, state, checked at (RFC 4180 quoting). Keys come from
// whoever can write the bucket, and a spreadsheet runs a cell that starts like a formula: such a
// cell gets a leading ' (OWASP "CSV Injection"), which spreadsheets show as text and do not run.
import { type LinkInfo } from '../../contract';
import { linkTargetText } from './link-badge';

/** What spreadsheets read as the start of a formula (OWASP CSV Injection: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function linkCheckCsv(links: readonly LinkInfo[], checkedAt: Date): string {
  const at = checkedAt.toISOString();
  const lines = [['link', 'target', 'state', 'checked_at'], ...links.map((l) => [l.key, linkTargetText(l), l.state, at])];
  return `${lines.map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}
