import { describe, expect, it } from 'vitest';
import { chromiumArgs, CHROMIUM_ARGS, findChromium } from './chromium-binary';

describe('findChromium()', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, () => true)).toBe('/opt/c/chrome');
  });
  it('searches PATH in order for chromium, then chromium-browser', () => {
    const present = new Set(['/b/chromium-browser', '/c/chromium']);
    expect(findChromium({ PATH: '/a:/b:/c' }, (p) => present.has(p))).toBe('/b/chromium-browser');
  });
  it('explains how to install it when absent', () => {
    expect(() => findChromium({ PATH: '/a' }, () => false)).toThrow(/apt-get install/);
  });
});

describe('chromiumArgs()', () => {
  it('adds --lang only when a locale is given', () => {
    expect(chromiumArgs()).toEqual([...CHROMIUM_ARGS]);
    expect(chromiumArgs('zh-CN')).toEqual([...CHROMIUM_ARGS, '--lang=zh-CN']);
  });
});
