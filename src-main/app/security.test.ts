// The shell's security rules as tables: our pages, the OS browser, permissions, IPC senders, CSP,
// and their setupX() on the shared Electron fake.
import { describe, expect, it } from 'vitest';
import { app as fakeApp, electronFake, typed } from '../testing/electron-fake';
import {
  APP_ENTRY_URL,
  checkSender,
  CONTENT_SECURITY_POLICY,
  externalWebUrl,
  isAppUrl,
  isExternalWebUrl,
  isNavigationAllowed,
  isOwnPage,
  isPermissionAllowed,
  loopbackDevOrigin,
  openInBrowser,
  rendererSource,
  securityHeaders,
  setupPermissionDenial,
  setupWebContentsHardening,
  type SenderFacts,
} from './security';

describe('isAppUrl / isNavigationAllowed', () => {
  it('accepts our own origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://symbucket/assets/index-abc.js')).toBe(true);
    expect(isNavigationAllowed('app://symbucket/index.html#/browse')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://symbucket.evil.com/index.html',
    'file:///etc/passwd',
    'https://symbucket/index.html',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each(['https://help.aliyun.com/document_detail/45126.html', 'http://example.com/'])('allows %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'app://symbucket/index.html',
    'https://user:pass@example.com/',
    'mailto:a@b.c',
    'garbage',
  ])('refuses %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});

describe('dev server (npm run dev)', () => {
  it('accepts only loopback http(s) dev servers', () => {
    expect(loopbackDevOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(loopbackDevOrigin('http://127.0.0.1:5173/index.html')).toBe('http://127.0.0.1:5173');
    expect(loopbackDevOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
    for (const url of ['http://example.com:5173', 'file:///x/index.html', 'http://localhost.evil.com/', 'nonsense', undefined]) {
      expect(loopbackDevOrigin(url)).toBeUndefined();
    }
  });

  it('loads app:// unless a dev server is given, and trusts only that origin besides ours', () => {
    expect(rendererSource(undefined)).toEqual({ entryUrl: APP_ENTRY_URL, devOrigins: [] });
    expect(rendererSource('http://evil.example/')).toEqual({ entryUrl: APP_ENTRY_URL, devOrigins: [] });
    const dev = rendererSource('http://localhost:5173/');
    expect(dev).toEqual({ entryUrl: 'http://localhost:5173/', devOrigins: ['http://localhost:5173'] });
    expect(isOwnPage('http://localhost:5173/src/main.tsx', dev.devOrigins)).toBe(true);
    expect(isOwnPage('http://localhost:5174/', dev.devOrigins)).toBe(false);
    expect(isOwnPage('http://localhost:5173/')).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/#x', dev.devOrigins)).toBe(true);
  });
});

describe('isPermissionAllowed', () => {
  it('lets our page write text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://symbucket/index.html')).toBe(true);
  });

  it('lets the dev server page write to the clipboard only when it is the given dev origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(false);
  });

  it('denies clipboard writes from any other page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown'])(
    'denies %s even to our page',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://symbucket/index.html')).toBe(false);
    },
  );
});

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

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('is exactly the policy the issue asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('allows scripts from our own origin only: no inline, eval or remote hosts', () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('lets the renderer connect to nothing but itself', () => {
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting, framing and form posts', () => {
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) expect(parsed.get(name)).toEqual(["'none'"]);
  });
});

describe('securityHeaders', () => {
  it('sends the CSP and nosniff', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('externalWebUrl: what reaches the OS browser', () => {
  it.each([
    ['https://help.aliyun.com/document_detail/45126.html', 'https://help.aliyun.com/document_detail/45126.html'],
    ['https://cloud.baidu.com/doc/BOS/index.html?x=1#y', 'https://cloud.baidu.com/doc/BOS/index.html?x=1#y'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
  ])('opens %s as the parsed %s', (typed, href) => {
    expect(externalWebUrl(typed)).toBe(href);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with slashes', 'javascript://example.com/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: host', 'file://server/share/x'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'smb://host/share'],
    ['our own scheme', 'app://symbucket/index.html'],
    ['mailto:', 'mailto:a@b.example'],
    ['credentials', 'https://user:pass@example.com/'],
    ['user name only', 'https://user@example.com/'],
    ['credentials in a look-alike', 'https://example.com@evil.example/'],
    ['IDN homograph (Cyrillic а)', 'https://аpple.com/'],
    ['punycode label', 'https://xn--pple-43d.com/'],
    ['punycode subdomain', 'https://www.xn--80ak6aa92e.com/'],
    ['IPv4 literal', 'http://192.168.1.1/admin'],
    ['IPv4 as a number', 'http://3232235777/'],
    ['IPv6 literal', 'http://[::1]:8080/'],
    ['localhost', 'http://localhost:3000/'],
    ['dotless host', 'http://intranet/'],
    ['NUL', 'https://example.com/\u0000.evil'],
    ['tab', 'https://exa\tmple.com/'],
    ['newline', 'https://example.com/\nx'],
    ['space', 'https://example.com/ x'],
    ['backslash', 'https://example.com\\@evil.example/'],
    ['leading space', ' https://example.com/'],
    ['no slashes (http:evil.com)', 'http:evil.com'],
    ['one slash', 'http:/evil.com'],
    ['C1 control', 'https://example.com/\u0085'],
    ['garbage', 'garbage'],
    ['empty', ''],
  ])('refuses %s', (_what, url) => {
    expect(externalWebUrl(url)).toBeUndefined();
    expect(isExternalWebUrl(url)).toBe(false);
  });
});

describe('openInBrowser', () => {
  it('hands the parsed href to the shell, and nothing for a refused URL', async () => {
    await openInBrowser(typed.shell, 'HTTPS://Example.COM');
    expect(electronFake.opened).toEqual(['https://example.com/']);
    await expect(openInBrowser(typed.shell, 'http:evil.com')).rejects.toThrow(/Refusing/);
    await expect(openInBrowser(typed.shell, 'file:///etc/passwd')).rejects.toThrow(/Refusing/);
    expect(electronFake.opened).toEqual(['https://example.com/']);
  });
});

describe('setupPermissionDenial / setupWebContentsHardening on the Electron fake', () => {
  it('answers permission requests and checks with the policy, and denies every device', () => {
    setupPermissionDenial(typed.session.defaultSession);
    const { request, check, device } = electronFake.permission as Record<string, (...args: unknown[]) => unknown>;
    const granted: boolean[] = [];
    request!({ getURL: () => APP_ENTRY_URL }, 'clipboard-sanitized-write', (g: boolean) => granted.push(g), { requestingUrl: APP_ENTRY_URL });
    request!({ getURL: () => APP_ENTRY_URL }, 'media', (g: boolean) => granted.push(g), {});
    expect(granted).toEqual([true, false]);
    expect(check!(null, 'geolocation', 'app://symbucket')).toBe(false);
    expect(device!()).toBe(false);
  });

  it('hardens every webContents the app creates', () => {
    setupWebContentsHardening(typed.app);
    const handlers = new Map<string, (...args: unknown[]) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = { on: (event: string, h: (...args: unknown[]) => void) => void handlers.set(event, h), setWindowOpenHandler: (h: () => unknown) => void (openHandler = h) };
    fakeApp.emit('web-contents-created', {}, contents);
    let prevented = 0;
    handlers.get('will-navigate')!({ preventDefault: () => prevented++ }, 'https://evil.example/');
    handlers.get('will-redirect')!({ preventDefault: () => prevented++ }, 'file:///etc/passwd');
    handlers.get('will-navigate')!({ preventDefault: () => prevented++ }, APP_ENTRY_URL);
    handlers.get('will-attach-webview')!({ preventDefault: () => prevented++ });
    expect(prevented).toBe(3);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
