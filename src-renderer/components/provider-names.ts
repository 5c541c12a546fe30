// Human names of regions and storage classes from the one rules table (via the contract), in the
// UI language: the profile form, the bucket list, the object table and the link dialog all use these.
import { type LocalizedName, PROVIDER_RULES, type StorageProvider, storageClassRule } from '../contract';

const pick = (name: LocalizedName, language: string): string => (language.startsWith('zh') ? name.zh : name.en);

/** "China (Hangzhou) · cn-hangzhou" in English, "华东1（杭州）" in Chinese; the raw id when unknown. */
export function regionLabel(provider: StorageProvider, id: string, language: string): string {
  const region = PROVIDER_RULES[provider].regions.find((r) => r.id === id);
  if (!region) return id;
  return language.startsWith('zh') ? region.name.zh : `${region.name.en} · ${region.id}`;
}

/** The provider's storage class name in the UI language (list rows report any case: "STANDARD", "Standard"). */
export function storageClassLabel(provider: StorageProvider, raw: string, language: string): string {
  if (raw === '') return '';
  const rule = storageClassRule(provider, raw);
  return rule ? pick(rule.name, language) : raw;
}

/** Storage classes a link may be created with, in the provider's spelling (BOS: no ARCHIVE). */
export function linkStorageClasses(provider: StorageProvider): string[] {
  return PROVIDER_RULES[provider].storageClasses.filter((c) => c.link).map((c) => c.id);
}
