import { beforeEach, describe, expect, it } from 'vitest';
import { pathSegments } from '../features/browser/breadcrumb';
import { parseHashLocation } from '../features/layout/use-initial-location';
import { parseLocation } from '../features/browser/location';
import { parentPrefix, registerScrollReader } from './nav-slice';
import { initialUiState, useUiStore } from './ui-store';

describe('navigation state', () => {
  beforeEach(() => useUiStore.setState(initialUiState, true));

  it('finds the parent folder of a prefix', () => {
    expect(parentPrefix('a/b/')).toBe('a/');
    expect(parentPrefix('a/')).toBe('');
    expect(parentPrefix('')).toBe('');
  });

  it('going up reveals the folder we came from and clears selection and filter', () => {
    const s = useUiStore.getState();
    s.openLocation('b', 'docs/archive/');
    s.selectOnly('docs/archive/x');
    s.setFilter('x');
    useUiStore.getState().goUp();
    const after = useUiStore.getState();
    expect([after.prefix, after.revealKey, after.selectedKeys.size, after.filter]).toEqual(['docs/', 'docs/archive/', 0, '']);
  });

  it('selects ranges along the displayed order from the anchor', () => {
    const order = ['a', 'b', 'c', 'd'];
    const s = useUiStore.getState();
    s.selectOnly('c');
    useUiStore.getState().selectRange('a', order);
    expect([...useUiStore.getState().selectedKeys]).toEqual(['a', 'b', 'c']);
  });

  it('splits a prefix into breadcrumb segments and parses a start location', () => {
    expect(pathSegments('a/b c/')).toEqual([
      { label: 'a', prefix: 'a/' },
      { label: 'b c', prefix: 'a/b c/' },
    ]);
    expect(parseHashLocation('#/demo-oss/docs')).toEqual({ bucket: 'demo-oss', prefix: 'docs/' });
    expect(parseHashLocation('#/demo-bos')).toEqual({ bucket: 'demo-bos', prefix: '' });
    expect(parseHashLocation('')).toBeNull();
  });
});

describe('history', () => {
  beforeEach(() => useUiStore.setState(initialUiState, true));

  it('Back and Forward return to folders and buckets with their selection; a new place drops Forward', () => {
    const s = useUiStore.getState();
    s.openLocation('b1', '');
    useUiStore.getState().selectOnly('x.txt');
    useUiStore.getState().openPrefix('docs/');
    useUiStore.getState().openLocation('b2', 'media/');
    expect(useUiStore.getState().back.map((e) => `${e.bucket}/${e.prefix}`)).toEqual(['b1/', 'b1/docs/']);
    useUiStore.getState().goBack();
    useUiStore.getState().goBack();
    const back = useUiStore.getState();
    expect([back.bucket, back.prefix]).toEqual(['b1', '']);
    expect(back.restore).toEqual({ scrollTop: 0, selected: ['x.txt'], focusKey: 'x.txt' });
    useUiStore.getState().goForward();
    expect([useUiStore.getState().bucket, useUiStore.getState().prefix]).toEqual(['b1', 'docs/']);
    useUiStore.getState().openPrefix('other/');
    expect(useUiStore.getState().forward).toEqual([]);
  });

  it('remembers the scroll position the table reports, and re-opening the same place adds no step', () => {
    const stop = registerScrollReader(() => 480);
    useUiStore.getState().openLocation('b', 'a/');
    useUiStore.getState().openLocation('b', 'a/', 'a/k');
    expect(useUiStore.getState().back).toEqual([]);
    useUiStore.getState().openPrefix('a/b/');
    expect(useUiStore.getState().back.at(-1)?.scrollTop).toBe(480);
    stop();
  });
});

describe('parseLocation', () => {
  const buckets = [
    { name: 'demo-oss', provider: 'oss' as const, region: 'r', storageClass: 'Standard' },
    { name: 'demo-bos', provider: 'bos' as const, region: 'bj', storageClass: 'STANDARD' },
  ];
  it('opens folders, reveals keys, and checks the scheme against the bucket', () => {
    expect(parseLocation('demo-oss/docs/', buckets)).toEqual({ bucket: 'demo-oss', prefix: 'docs/' });
    expect(parseLocation(' oss://demo-oss/docs/a b.txt ', buckets)).toEqual({ bucket: 'demo-oss', prefix: 'docs/', revealKey: 'docs/a b.txt' });
    expect(parseLocation('bos://demo-bos', buckets)).toEqual({ bucket: 'demo-bos', prefix: '' });
    expect(parseLocation('oss://demo-bos/x', buckets)).toEqual({ problem: 'WRONG_PROVIDER', bucket: 'demo-bos' });
    expect(parseLocation('nope/x/', buckets)).toEqual({ problem: 'NO_BUCKET', bucket: 'nope' });
    expect(parseLocation('  ', buckets)).toEqual({ problem: 'EMPTY' });
  });
});
