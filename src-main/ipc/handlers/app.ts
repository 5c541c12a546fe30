// app.* channels: what host we run in, and opening a web page the user clicked in the OS browser.
import { AppFailure } from '../../errors';
import { externalWebUrl } from '../../app/security';
import type { HandlerGroup } from './types';

export interface AppHandlerDeps {
  version: string;
  platform: string;
  locale: string;
  host: 'electron' | 'browser';
  /** shell.openExternal in Electron; absent where nothing may be opened. */
  openExternal?: (url: string) => Promise<void>;
}

export function createAppHandlers(deps: AppHandlerDeps): HandlerGroup<'app.info' | 'app.openExternal'> {
  return {
    'app.info': async () => ({ version: deps.version, platform: deps.platform, locale: deps.locale, host: deps.host }),
    'app.openExternal': async ({ url }) => {
      const href = externalWebUrl(url);
      if (href === undefined) throw new AppFailure('BAD_REQUEST', 'Only web pages (http and https links to a public host) can be opened.');
      if (!deps.openExternal) throw new AppFailure('NOT_SUPPORTED', 'This host cannot open links in a browser.');
      // As parsed, never as typed; only externalWebUrl()'s http(s) public hosts (accepted finding, SECURITY.md).
      await deps.openExternal(href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      return null;
    },
  };
}
