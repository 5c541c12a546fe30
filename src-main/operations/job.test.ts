import { describe, expect, it } from 'vitest';
import { affectedFolders } from './affected-folders';
import { throttledReporter } from './job';
import { partRanges } from '../storage/multipart-copy';
import { attachmentDisposition } from './share-url';
import { nameProblem } from '../ipc/contract';

describe('throttledReporter', () => {
  it('sends at most one event per interval and delivers the last state on flush', () => {
    let t = 0;
    const sent: number[] = [];
    const r = throttledReporter((p) => sent.push(p.done), 100, () => t);
    r.report({ done: 1, failed: 0 });
    t = 50;
    r.report({ done: 2, failed: 0 });
    r.report({ done: 3, failed: 0 });
    expect(sent).toEqual([1]);
    t = 120;
    r.report({ done: 4, failed: 0 });
    r.report({ done: 5, failed: 0 });
    r.flush();
    expect(sent).toEqual([1, 4, 5]);
  });
});

describe('affectedFolders', () => {
  it('announces the parents of the items, dropping folders under another announced one', () => {
    expect(affectedFolders(['a/b/', 'a/b/c.txt', 'x/y.txt'])).toEqual(['a/', 'x/']);
    expect(affectedFolders(['top.txt', 'a/b/c.txt'])).toEqual(['']);
  });
});

describe('partRanges', () => {
  it('covers the object exactly, growing parts past 10,000', () => {
    expect(partRanges(250, 100)).toEqual([{ start: 0, end: 99 }, { start: 100, end: 199 }, { start: 200, end: 249 }]);
    const many = partRanges(10_000 * 100 + 1, 100);
    expect(many.length).toBeLessThanOrEqual(10_000);
    expect(many.at(-1)?.end).toBe(10_000 * 100);
  });
});

describe('attachmentDisposition / nameProblem', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('docs/报告 "q3".pdf')).toBe(`attachment; filename="__ _q3_.pdf"; filename*=UTF-8''${encodeURIComponent('报告 "q3".pdf')}`);
  });
  it('refuses empty, slashed, dot and over-long names', () => {
    expect(nameProblem('', ' ', true)).toBe('EMPTY');
    expect(nameProblem('', 'a/b', true)).toBe('SLASH');
    expect(nameProblem('', '..', true)).toBe('DOTS');
    expect(nameProblem('p/', 'x'.repeat(1022), true)).toBe('TOO_LONG');
    expect(nameProblem('p/', 'x'.repeat(1021), true)).toBeNull();
    expect(nameProblem('p/', 'x'.repeat(1022), false)).toBeNull(); // an object has no trailing slash
  });
});
