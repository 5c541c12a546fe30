// The grid and path-bar labels in a given UI language, read from the renderer's own locale
// files (the preview navigates in Chinese too). Node only: specs and the preview use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH_LABELS, type RegionLabels } from './locators';

/** The locale file the renderer picks for a tag: Chinese for any zh-*, English otherwise. */
export function localeFileFor(locale: string | undefined): 'en' | 'zh-CN' {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A context-menu item's label (`menu.<id>` of the locale file) in the UI language. */
export function menuItemLabel(rootDir: string, locale: string | undefined, id: string): string {
  const strings = JSON.parse(readFileSync(join(rootDir, 'src-renderer', 'locales', `${localeFileFor(locale)}.json`), 'utf8')) as { menu?: Record<string, string> };
  const label = strings.menu?.[id];
  if (label === undefined) throw new Error(`no menu.${id} in the ${localeFileFor(locale)} locale file`);
  return label;
}

export function regionLabels(rootDir: string, locale: string | undefined): RegionLabels {
  const file = localeFileFor(locale);
  if (file === 'en') return ENGLISH_LABELS;
  const strings = JSON.parse(readFileSync(join(rootDir, 'src-renderer', 'locales', `${file}.json`), 'utf8')) as {
    table?: { label?: string };
    breadcrumb?: { label?: string };
  };
  return {
    objects: strings.table?.label ?? ENGLISH_LABELS.objects,
    path: strings.breadcrumb?.label ?? ENGLISH_LABELS.path,
  };
}
