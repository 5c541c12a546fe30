/** @vitest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rowNames, setupApp } from '../../test/render-app';
import { parseHashLocation } from './use-initial-location';

afterEach(() => window.history.replaceState(null, '', '#'));

describe('start location from the URL hash', () => {
  it('ignores a malformed hash instead of crashing', () => {
    expect(parseHashLocation('#%')).toBeNull();
    expect(parseHashLocation('#/demo-oss/%E0%A4%A')).toBeNull();
    expect(parseHashLocation('#/demo-oss/docs')).toEqual({ bucket: 'demo-oss', prefix: 'docs/' });
  });

  it('starts normally with a malformed hash', async () => {
    window.history.replaceState(null, '', '#%');
    setupApp();
    expect(await screen.findByRole('treeitem', { name: 'demo-oss' })).toBeTruthy();
    expect(screen.getByText('Choose a bucket')).toBeTruthy();
  });

  it('opens a well-formed start location', async () => {
    window.history.replaceState(null, '', '#/demo-oss/docs');
    setupApp();
    const grid = await screen.findByRole('grid', { name: 'Objects' });
    await waitFor(() => expect(rowNames(grid)).toContain('guide.pdf'));
  });
});
