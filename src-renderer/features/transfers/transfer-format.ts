// Rate and ETA text for the panel and the status bar.
import { formatSize } from '../../components/format';

export const formatRate = (bytesPerSecond: number, locale: string): string => `${formatSize(Math.round(bytesPerSecond), locale)}/s`;

export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export const percentOf = (transferred: number, size: number): number => (size > 0 ? Math.min(100, Math.floor((transferred / size) * 100)) : 0);
