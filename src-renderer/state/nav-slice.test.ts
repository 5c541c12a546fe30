import { beforeEach, describe, expect, it } from 'vitest';
import { pathSegments } from '../features/browser/breadcrumb';
import { parseHashLocation } from '../features/layout/use-initial-location';
import { parentPrefix } from './nav-slice';
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
