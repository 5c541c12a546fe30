// "Export CSV" of a link check: link, target, state, checked at (RFC 4180 quoting).
import { type LinkInfo } from '../../contract';
import { linkTargetText } from './link-badge';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function linkCheckCsv(links: readonly LinkInfo[], checkedAt: Date): string {
  const at = checkedAt.toISOString();
  const lines = [['link', 'target', 'state', 'checked_at'], ...links.map((l) => [l.key, linkTargetText(l), l.state, at])];
  return `${lines.map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}
