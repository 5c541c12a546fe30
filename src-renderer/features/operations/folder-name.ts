// The renderer's copy of main's folder/object name rule (src-main/operations/new-folder.ts
// checks it again): one path segment, and the key within 1,024 bytes.
import { utf8Bytes } from '../../components/format';

export type NameProblem = 'EMPTY' | 'SLASH' | 'DOTS' | 'TOO_LONG';

export function nameProblem(prefix: string, name: string, folder: boolean): NameProblem | null {
  if (name.trim() === '') return 'EMPTY';
  if (name.includes('/')) return 'SLASH';
  if (name === '.' || name === '..') return 'DOTS';
  if (utf8Bytes(`${prefix}${name}${folder ? '/' : ''}`) > 1024) return 'TOO_LONG';
  return null;
}
