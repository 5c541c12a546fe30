// `npm run preview -- [--screenshot FILE] [--theme dark] [--locale zh-CN] [--path bucket/prefix] [--properties ROW | --find-links ROW] [--width PX] [--big N]`:
// the app in the browser host, as a window (under Xvfb when DISPLAY is set) or as a PNG.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../emulator';
import { launchApp, ROOT_DIR, type AppHandle } from './host';
import { openPath } from './helpers/navigate';
import { openProperties } from './helpers/properties';
import { objectRow } from './helpers/locators';
import { menuItemLabel, regionLabels } from './helpers/region-labels';
import { parsePreviewArgs, PREVIEW_USAGE, PreviewArgsError, type PreviewArgs } from './preview-args';

async function preview(args: PreviewArgs): Promise<void> {
  const interactive = args.screenshot === undefined;
  if (interactive && !process.env.DISPLAY) {
    throw new PreviewArgsError('No display: run `xvfb-run -a npm run preview`, or pass --screenshot FILE.');
  }
  const running: { app?: AppHandle; emulator?: RunningEmulator } = {};
  // Ctrl+C closes the window and the app core; during launch Playwright reaps the browser itself.
  const stop = (): void =>
    void Promise.resolve(running.app?.close())
      .then(() => running.emulator?.close())
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const viewport = args.width ? { viewport: { width: args.width, height: 800 } } : {};
  // --big: the demo content plus a big/ folder, in an emulator of our own the local-demo profile points at.
  const emulator = args.big ? (running.emulator = await startEmulator({ seed: { big: args.big } })) : undefined;
  const app = (running.app = await launchApp({ host: 'browser', headed: interactive, theme: args.theme, ...viewport, ...(args.locale ? { locale: args.locale } : {}), ...(emulator ? { emulator } : {}) }));
  try {
    if (args.path) await openPath(app.page, args.path, regionLabels(ROOT_DIR, args.locale));
    if (args.properties !== undefined) await openProperties(app.page, args.properties, regionLabels(ROOT_DIR, args.locale));
    if (args.findLinks !== undefined) {
      await objectRow(app.page, args.findLinks, regionLabels(ROOT_DIR, args.locale)).click({ button: 'right' });
      await app.page.getByRole('menuitem', { name: menuItemLabel(ROOT_DIR, args.locale, 'findLinks'), exact: true }).click();
      await app.page.getByRole('region').last().waitFor();
    }
    if (args.screenshot !== undefined) {
      const file = resolve(args.screenshot);
      await mkdir(dirname(file), { recursive: true });
      // Let lazily resolved link targets and fonts settle before the picture.
      await app.ipcSettled(500);
      await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
      await app.page.screenshot({ path: file });
      console.log(`preview: wrote ${file}`);
      return;
    }
    console.log('preview: the app is open; close its window (or press Ctrl+C) to quit.');
    await app.closed;
  } finally {
    await app.close();
    await emulator?.close();
  }
}

let args: PreviewArgs;
try {
  args = parsePreviewArgs(process.argv.slice(2));
} catch (error) {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}\n${PREVIEW_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(PREVIEW_USAGE);
} else {
  preview(args).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(error instanceof PreviewArgsError ? 2 : 1);
    },
  );
}
