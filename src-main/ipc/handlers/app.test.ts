import { describe, expect, it, vi } from 'vitest';
import { createAppHandlers } from './app';

const base = { version: '1.2.3', platform: 'linux', locale: 'en', host: 'browser' as const };

describe('app handlers', () => {
  it('opens http(s) URLs with the injected opener', async () => {
    const openExternal = vi.fn(async () => {});
    const handlers = createAppHandlers({ ...base, openExternal });
    await expect(handlers['app.openExternal']({ url: 'https://example.com/a' }, {})).resolves.toBeNull();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
  });

  it('refuses other schemes before reaching the opener', async () => {
    const openExternal = vi.fn(async () => {});
    const handlers = createAppHandlers({ ...base, openExternal });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://x/y']) {
      await expect(handlers['app.openExternal']({ url }, {})).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('says NOT_SUPPORTED where no opener exists', async () => {
    const handlers = createAppHandlers(base);
    await expect(handlers['app.openExternal']({ url: 'https://example.com' }, {})).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});
