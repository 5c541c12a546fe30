import { describe, expect, it } from 'vitest';
import { checkSender, type SenderFacts } from './sender-policy';

const trusted = new Set([7]);
const ours: SenderFacts = { webContentsId: 7, frameUrl: 'app://symbucket/index.html', isMainFrame: true };

describe('checkSender', () => {
  it('accepts the main frame of our window showing our page', () => {
    expect(checkSender(ours, trusted)).toEqual({ ok: true });
  });

  it('rejects a webContents we did not create', () => {
    expect(checkSender({ ...ours, webContentsId: 8 }, trusted)).toMatchObject({ ok: false });
  });

  it('rejects a sub-frame of our window', () => {
    expect(checkSender({ ...ours, isMainFrame: false }, trusted)).toMatchObject({ ok: false, reason: expect.stringContaining('sub-frame') });
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank'])(
    'rejects our window once it shows %s',
    (frameUrl) => {
      expect(checkSender({ ...ours, frameUrl }, trusted)).toMatchObject({ ok: false, reason: expect.stringContaining('origin') });
    },
  );

  it('rejects a sender whose frame is gone', () => {
    expect(checkSender({ ...ours, frameUrl: undefined }, trusted)).toMatchObject({ ok: false });
  });
});

describe('checkSender under npm run dev', () => {
  it('accepts our window showing the given dev server, and nothing else on loopback', () => {
    const dev = ['http://localhost:5173'];
    expect(checkSender({ ...ours, frameUrl: 'http://localhost:5173/' }, trusted, dev)).toEqual({ ok: true });
    expect(checkSender({ ...ours, frameUrl: 'http://localhost:8080/' }, trusted, dev)).toMatchObject({ ok: false });
    expect(checkSender({ ...ours, frameUrl: 'http://localhost:5173/' }, trusted)).toMatchObject({ ok: false });
  });
});
