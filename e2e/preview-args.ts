// Command line of `npm run preview -- [--screenshot FILE] [--theme dark] [--locale zh-CN] [--path bucket/prefix] [--properties ROW | --find-links ROW] [--width PX] [--big N]`.
import { parseArgs } from 'node:util';

export interface PreviewArgs {
  screenshot?: string;
  theme: 'light' | 'dark';
  locale?: string;
  /** Bucket, then folder segments, from `--path bucket/a/b/`. */
  path?: { bucket: string; folders: string[] };
  /** A row (by name) of the opened folder whose Properties panel is shown. */
  properties?: string;
  /** A row (by name) of the opened folder whose "Find links to this" report is shown. */
  findLinks?: string;
  /** Window width in px (default 1280; 1024 is the narrowest we design for). */
  width?: number;
  /** Objects in a `big/` folder of demo-oss and demo-bos (the benchmarks' seed), besides the demo content. */
  big?: number;
  help: boolean;
}

export const PREVIEW_USAGE = `Usage: npm run preview -- [--screenshot FILE] [--theme light|dark] [--locale TAG] [--path BUCKET/PREFIX] [--properties ROW | --find-links ROW] [--width PX] [--big N]
  Opens Symbucket in the browser host (a real window when DISPLAY is set, e.g. under xvfb-run -a).
  --screenshot FILE   write a 1280x800 PNG and exit instead of keeping the window open
  --theme light|dark  colour scheme (default light)
  --locale TAG        UI language, e.g. en or zh-CN
  --path B/P          open bucket B and folder prefix P first
  --properties ROW    then open the Properties panel of the row named ROW
  --find-links ROW    or run "Find links to this" on the row named ROW
  --width PX          window width (default 1280; e.g. 1024)
  --big N             add a big/ folder of N objects (up to 1000000) to demo-oss and demo-bos,
                      e.g. --big 100000 --path demo-oss/big/`;

/** The largest big folder: the seek and hold-End benchmarks' 1,000,000. */
const MAX_BIG = 1_000_000;

export class PreviewArgsError extends Error {}

/** Splits `bucket/a/b/` into the bucket and its folder names; empty segments are dropped. */
export function parseBucketPath(value: string): { bucket: string; folders: string[] } {
  const [bucket = '', ...folders] = value.split('/').filter((segment) => segment !== '');
  if (bucket === '') throw new PreviewArgsError('--path needs a bucket name, e.g. --path demo-oss/photos/');
  return { bucket, folders };
}

export function parsePreviewArgs(argv: string[]): PreviewArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        screenshot: { type: 'string' },
        theme: { type: 'string' },
        locale: { type: 'string' },
        path: { type: 'string' },
        properties: { type: 'string' },
        'find-links': { type: 'string' },
        width: { type: 'string' },
        big: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new PreviewArgsError(error instanceof Error ? error.message : String(error));
  }
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new PreviewArgsError(`--theme must be light or dark, not "${theme}"`);
  if (values.screenshot === '') throw new PreviewArgsError('--screenshot needs a file name');
  if (values.locale !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(values.locale)) {
    throw new PreviewArgsError(`--locale must be a language tag such as en or zh-CN, not "${values.locale}"`);
  }
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && (!Number.isInteger(width) || width < 640 || width > 3840)) throw new PreviewArgsError(`--width must be a whole number of pixels from 640 to 3840, not "${values.width}"`);
  const big = values.big === undefined ? undefined : Number(values.big);
  if (big !== undefined && (!/^\d+$/.test(values.big ?? '') || big < 1 || big > MAX_BIG)) throw new PreviewArgsError(`--big must be a whole number of objects from 1 to ${MAX_BIG}, not "${values.big}"`);
  if (values.properties !== undefined && values.path === undefined) throw new PreviewArgsError('--properties needs --path (the folder that holds the row)');
  if (values['find-links'] !== undefined && values.path === undefined) throw new PreviewArgsError('--find-links needs --path (the folder that holds the row)');
  if (values['find-links'] !== undefined && values.properties !== undefined) throw new PreviewArgsError('--find-links and --properties open the same side panel: pass one');
  return {
    theme,
    help: values.help ?? false,
    ...(values.screenshot !== undefined ? { screenshot: values.screenshot } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.path !== undefined ? { path: parseBucketPath(values.path) } : {}),
    ...(values.properties !== undefined ? { properties: values.properties } : {}),
    ...(values['find-links'] !== undefined ? { findLinks: values['find-links'] } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(big !== undefined ? { big } : {}),
  };
}
