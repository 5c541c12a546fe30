// Pure checks for the link dialog. Errors are locale keys (+ values) so the view picks the words.
import { PROVIDER_RULES, type StorageProvider, metaByteSize, metaProblem } from '../../contract';
import { utf8Bytes } from '../../components/format';
import { linkStorageClasses } from '../../components/provider-names';

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

// Limits, name rules and storage classes come from the one rules table main uses too.
const MAX_KEY_BYTES = PROVIDER_RULES.oss.maxKeyBytes;
/** Total user metadata a link may carry, per provider. */
export const META_LIMIT: Record<StorageProvider, number> = { oss: PROVIDER_RULES.oss.meta.limitBytes, bos: PROVIDER_RULES.bos.meta.limitBytes };

/** Storage classes a link may be created with; BOS rejects ARCHIVE for symlinks. */
export const STORAGE_CLASSES: Record<StorageProvider, string[]> = { oss: linkStorageClasses('oss'), bos: linkStorageClasses('bos') };

/** Bytes the metadata occupies as the provider counts them (prefix + name + value, UTF-8). */
export function metaBytes(meta: readonly MetaRow[], provider: StorageProvider): number {
  return metaByteSize(provider, Object.fromEntries(meta.filter((r) => r.key).map((r) => [r.key, r.value])));
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

  const meta = metaRowsError(form.meta, ctx.provider);
  if (meta) errors.meta = meta;
  return errors;
}

/** The user-metadata rule of the Create link dialog, also used by Edit metadata… (limits from ipc/rules.ts). */
export function metaRowsError(rows: readonly MetaRow[], provider: StorageProvider): FieldError | undefined {
  const filled = rows.filter((r) => r.key || r.value);
  // A value without a name is a name that breaks the rule (the empty name).
  const nameless = filled.find((r) => !r.key);
  const nameKey = provider === 'bos' ? 'linkDialog.errors.metaKeyBos' : 'linkDialog.errors.metaKey';
  if (nameless) return { key: nameKey, values: { name: '' } };
  const entries: [string, string][] = filled.map((r) => [r.key, r.value]);
  const duplicate = entries.find(([k], i) => entries.findIndex(([other]) => other.toLowerCase() === k.toLowerCase()) !== i);
  const problem = duplicate ? { kind: 'duplicate' as const, name: duplicate[0] } : metaProblem(provider, Object.fromEntries(entries));
  if (!problem) return undefined;
  if (problem.kind === 'name') return { key: nameKey, values: { name: problem.name } };
  if (problem.kind === 'value') return { key: 'linkDialog.errors.metaValue', values: { name: problem.name } };
  if (problem.kind === 'duplicate') return { key: 'linkDialog.errors.metaDuplicate', values: { name: problem.name } };
  return { key: 'linkDialog.errors.metaTooLarge', values: { limit: problem.limit } };
}

export function metaRecord(meta: readonly MetaRow[]): Record<string, string> {
  return Object.fromEntries(meta.filter((m) => m.key).map((m) => [m.key.toLowerCase(), m.value]));
}
