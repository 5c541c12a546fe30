import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ENGLISH_LABELS } from './locators';
import { localeFileFor, menuItemLabel, regionLabels } from './region-labels';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('localeFileFor()', () => {
  it('maps every Chinese tag to zh-CN and everything else to English', () => {
    expect(localeFileFor('zh-CN')).toBe('zh-CN');
    expect(localeFileFor('zh-TW')).toBe('zh-CN');
    expect(localeFileFor('en-GB')).toBe('en');
    expect(localeFileFor(undefined)).toBe('en');
  });
});

describe('menuItemLabel()', () => {
  it('reads a menu item in English and in Chinese, and refuses an unknown one', () => {
    expect(menuItemLabel(root, undefined, 'findLinks')).toBe('Find links to this');
    expect(menuItemLabel(root, 'zh-CN', 'findLinks')).not.toBe('Find links to this');
    expect(() => menuItemLabel(root, 'en', 'noSuchItem')).toThrow(/menu.noSuchItem/);
  });
});

describe('regionLabels()', () => {
  it('uses the English names of the issue without a locale', () => {
    expect(regionLabels(root, undefined)).toEqual({ objects: 'Objects', path: 'Path' });
  });
  it('reads translated, non-English labels for zh-CN from the renderer locale file', () => {
    const zh = regionLabels(root, 'zh-CN');
    expect(zh.objects).not.toBe(ENGLISH_LABELS.objects);
    expect(zh.path).not.toBe(ENGLISH_LABELS.path);
    expect(zh.objects.length).toBeGreaterThan(0);
  });
});
