// Pure checks for the link dialog. Errors are locale keys (+ values) so the view picks the words.
import { type StorageProvider } from '../../contract';
import { utf8Bytes } from '../../components/format';

export type MetaRow = { id: number; key: string; value: string };

export type LinkForm = {
  name: string;
  target: string;
  targetBucket: string;
  overwrite: boolean;
  storageClass: string;
  meta: MetaRow[];
};

export type FieldError = { key: string; values?: Record<string, string | number> };
export type LinkFormErrors = Partial<Record<'name' | 'target' | 'meta', FieldError>>;

const MAX_KEY_BYTES = 1024;
/** Total user metadata a link may carry, per provider. */
export const META_LIMIT: Record<StorageProvider, number> = { oss: 8 * 1024, bos: 2 * 1024 };
const META_KEY = /^[A-Za-z0-9-]+$/;

/** Storage classes a link may be created with; BOS rejects ARCHIVE for symlinks. */
export const STORAGE_CLASSES: Record<StorageProvider, string[]> = {
  oss: ['Standard', 'IA', 'Archive', 'ColdArchive'],
  bos: ['STANDARD', 'STANDARD_IA', 'COLD'],
};

/** Bytes the metadata occupies: names and values, UTF-8. */
export function metaBytes(meta: readonly MetaRow[]): number {
  return meta.reduce((sum, row) => sum + (row.key ? utf8Bytes(row.key) + utf8Bytes(row.value) : 0), 0);
}

export function linkKeyOf(prefix: string, name: string): string {
  return prefix + name.trim();
}

type Context = { prefix: string; bucket: string; provider: StorageProvider };

function keyError(value: string, required: FieldError, tooLong: FieldError): FieldError | undefined {
  if (!value) return required;
  if (value.endsWith('/')) return { key: 'linkDialog.errors.trailingSlash' };
  if (value.startsWith('/')) return { key: 'linkDialog.errors.leadingSlash' };
  if (utf8Bytes(value) > MAX_KEY_BYTES) return tooLong;
  return undefined;
}

export function validateLinkForm(form: LinkForm, ctx: Context): LinkFormErrors {
  const errors: LinkFormErrors = {};
  const name = form.name.trim();
  const key = linkKeyOf(ctx.prefix, name);
  const target = form.target.trim();
  const nameError = keyError(name, { key: 'linkDialog.errors.nameRequired' }, { key: 'linkDialog.errors.tooLong' });
  if (nameError) errors.name = nameError;
  else if (utf8Bytes(key) > MAX_KEY_BYTES) errors.name = { key: 'linkDialog.errors.tooLong' };
  const targetError = keyError(target, { key: 'linkDialog.errors.targetRequired' }, { key: 'linkDialog.errors.tooLong' });
  if (targetError) errors.target = targetError;
  else if (target === key && (form.targetBucket || ctx.bucket) === ctx.bucket) errors.target = { key: 'linkDialog.errors.self' };

  const limit = META_LIMIT[ctx.provider];
  const names = new Set<string>();
  for (const row of form.meta) {
    if (!row.key && !row.value) continue;
    const normalized = row.key.toLowerCase();
    if (!META_KEY.test(row.key)) errors.meta = { key: 'linkDialog.errors.metaKey', values: { name: row.key } };
    else if (names.has(normalized)) errors.meta = { key: 'linkDialog.errors.metaDuplicate', values: { name: row.key } };
    names.add(normalized);
    if (errors.meta) break;
  }
  if (!errors.meta && metaBytes(form.meta) > limit) errors.meta = { key: 'linkDialog.errors.metaTooLarge', values: { limit } };
  return errors;
}

export function metaRecord(meta: readonly MetaRow[]): Record<string, string> {
  return Object.fromEntries(meta.filter((m) => m.key).map((m) => [m.key.toLowerCase(), m.value]));
}
