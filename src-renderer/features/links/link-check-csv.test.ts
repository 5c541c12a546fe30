import { describe, expect, it } from 'vitest';
import { linkCheckCsv } from './link-check-csv';

describe('linkCheckCsv', () => {
  it('writes link, target (bucket/key across buckets), state and time, quoting what CSV needs quoted', () => {
    const csv = linkCheckCsv(
      [
        { key: 'a,b.txt', isLink: true, target: 'say "hi".txt', crossBucket: false, state: 'broken' },
        { key: 'media', isLink: true, target: 'v.mp4', targetBucket: 'other', crossBucket: true, state: 'ok' },
        { key: 'x', isLink: true, crossBucket: false, state: 'unknown' },
      ],
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(csv).toBe(
      'link,target,state,checked_at\r\n"a,b.txt","say ""hi"".txt",broken,2026-12-01T10:00:00.000Z\r\nmedia,other/v.mp4,ok,2026-12-01T10:00:00.000Z\r\nx,,unknown,2026-12-01T10:00:00.000Z\r\n',
    );
  });

  it('keeps a key or target that starts like a formula from running in a spreadsheet (OWASP CSV Injection)', () => {
    const csv = linkCheckCsv(
      [
        { key: '=HYPERLINK("http://x","y")', isLink: true, target: '+1-2', crossBucket: false, state: 'broken' },
        { key: '@sum', isLink: true, target: '-x', crossBucket: false, state: 'ok' },
        { key: 'a=b', isLink: true, target: '\tt', crossBucket: false, state: 'ok' },
      ],
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",'+1-2,broken,2026-12-01T10:00:00.000Z`,
      `'@sum,'-x,ok,2026-12-01T10:00:00.000Z`,
      `a=b,'\tt,ok,2026-12-01T10:00:00.000Z`,
    ]);
  });
});
