import { describe, expect, it } from 'vitest';
import { parseBucketPath, parsePreviewArgs, PreviewArgsError } from './preview-args';

describe('parsePreviewArgs()', () => {
  it('defaults to an interactive light preview', () => {
    expect(parsePreviewArgs([])).toEqual({ theme: 'light', help: false });
  });
  it('reads every option, in both --opt value and --opt=value forms', () => {
    expect(parsePreviewArgs(['--screenshot', 'out.png', '--theme=dark', '--locale', 'zh-CN', '--path', 'demo-oss/photos/2024/'])).toEqual({
      screenshot: 'out.png',
      theme: 'dark',
      locale: 'zh-CN',
      path: { bucket: 'demo-oss', folders: ['photos', '2024'] },
      help: false,
    });
  });
  it('rejects an unknown theme, option or positional argument', () => {
    expect(() => parsePreviewArgs(['--theme', 'blue'])).toThrow(PreviewArgsError);
    expect(() => parsePreviewArgs(['--colour', 'x'])).toThrow(PreviewArgsError);
    expect(() => parsePreviewArgs(['shot.png'])).toThrow(PreviewArgsError);
  });
  it('rejects a missing option value and a malformed locale', () => {
    expect(() => parsePreviewArgs(['--screenshot'])).toThrow(PreviewArgsError);
    expect(() => parsePreviewArgs(['--locale', 'zh_CN;rm'])).toThrow(/language tag/);
  });
  it('reads --properties (with --path) and --width, and rejects a width out of range', () => {
    expect(parsePreviewArgs(['--path', 'demo-bos', '--properties', 'intro-video.mp4', '--width', '1024'])).toMatchObject({ properties: 'intro-video.mp4', width: 1024 });
    expect(() => parsePreviewArgs(['--properties', 'x'])).toThrow(/needs --path/);
    expect(() => parsePreviewArgs(['--width', 'wide'])).toThrow(PreviewArgsError);
    expect(() => parsePreviewArgs(['--width', '100'])).toThrow(PreviewArgsError);
  });
  it('reads --big N (a whole number of objects up to 1,000,000) and rejects anything else', () => {
    expect(parsePreviewArgs(['--big', '100000', '--path', 'demo-oss/big/'])).toMatchObject({ big: 100_000, path: { bucket: 'demo-oss', folders: ['big'] } });
    expect(parsePreviewArgs(['--big=1000000']).big).toBe(1_000_000);
    for (const bad of ['0', '-5', '1e5', '2.5', 'many', '1000001', '']) expect(() => parsePreviewArgs(['--big', bad]), bad).toThrow(PreviewArgsError);
    expect(parsePreviewArgs([]).big).toBeUndefined();
  });

  it('reads --find-links (with --path, without --properties)', () => {
    expect(parsePreviewArgs(['--path', 'demo-oss/docs/', '--find-links', 'guide.pdf'])).toMatchObject({ findLinks: 'guide.pdf' });
    expect(() => parsePreviewArgs(['--find-links', 'x'])).toThrow(/needs --path/);
    expect(() => parsePreviewArgs(['--path', 'b', '--find-links', 'x', '--properties', 'y'])).toThrow(/pass one/);
  });
  it('recognises -h / --help', () => {
    expect(parsePreviewArgs(['-h']).help).toBe(true);
  });
});

describe('parseBucketPath()', () => {
  it('splits a bucket from its folders, ignoring empty segments', () => {
    expect(parseBucketPath('b')).toEqual({ bucket: 'b', folders: [] });
    expect(parseBucketPath('/b//x/y/')).toEqual({ bucket: 'b', folders: ['x', 'y'] });
  });
  it('needs a bucket', () => {
    expect(() => parseBucketPath('/')).toThrow(/bucket name/);
  });
});
