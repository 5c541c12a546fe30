// Renders the whole renderer against a FakeApi, with the layout jsdom lacks faked for the virtualizer.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, vi } from 'vitest';
import { App, createQueryClient } from '../app';
import { usePrefs } from '../state/prefs-store';
import { initialUiState, useUiStore } from '../state/ui-store';
import { FakeApi, type FakeApiOptions } from './fake-api';

const VIEWPORT = { width: 1000, height: 600 };

/** jsdom has no layout: give every element a viewport-sized box so the virtualizer renders rows. */
function fakeLayout(): void {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(VIEWPORT.height);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(VIEWPORT.width);
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(VIEWPORT.height);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(VIEWPORT.width);
  Element.prototype.scrollTo = function scrollTo(this: Element, arg?: ScrollToOptions | number, y?: number) {
    const top = typeof arg === 'object' ? arg.top : y;
    if (typeof top === 'number') {
      this.scrollTop = top;
      this.dispatchEvent(new Event('scroll'));
    }
  } as Element['scrollTo'];
}

export function setupApp(options: FakeApiOptions = {}, prefs: Partial<ReturnType<typeof usePrefs.getState>> = {}) {
  fakeLayout();
  localStorage.clear();
  useUiStore.setState(initialUiState, true);
  usePrefs.setState({ theme: 'light', language: 'en', lastProfileId: null, ...prefs });
  const fake = new FakeApi(options);
  window.api = fake.asApi();
  // The app's own client, so tests see its retry policy.
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  // After userEvent.setup(), which installs its own clipboard.
  const clipboard = { writeText: vi.fn(async () => undefined) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  const utils = render(<App queryClient={queryClient} />);
  return { fake, user, queryClient, clipboard, ...utils };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Opens a bucket from the sidebar and waits for its first rows. */
export async function openBucket(user: ReturnType<typeof userEvent.setup>, bucket: string) {
  await user.click(await screen.findByRole('treeitem', { name: bucket }));
  return screen.findByRole('grid', { name: 'Objects' });
}

export async function openFolder(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.dblClick(await screen.findByRole('row', { name }));
  await screen.findByRole('button', { name: name.replace(/\/$/, '') });
}

export function rowNames(grid: HTMLElement): string[] {
  return within(grid)
    .queryAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1')
    .map((r) => r.getAttribute('aria-label') ?? '');
}

/** The app on a FakeApi whose demo-oss holds `objects` under big/, with that folder's first page shown. */
export async function openBigFolder(objects: number) {
  const app = setupApp({ bigFolder: objects });
  const grid = await openBucket(app.user, 'demo-oss');
  await openFolder(app.user, 'big/');
  await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
  return { ...app, grid };
}

/** End on the grid (the cursor in it) until each of `rowCounts` has been reached: one more page each. */
export async function endToNextPages(app: { user: ReturnType<typeof userEvent.setup>; fake: FakeApi; grid: HTMLElement }, rowCounts: readonly number[]) {
  const lists = () => app.fake.callsOf('listObjects').length;
  for (const rows of rowCounts) {
    const n = lists();
    await app.user.keyboard('{End}');
    await waitFor(() => expect(lists()).toBeGreaterThan(n));
    await waitFor(() => expect(app.grid.getAttribute('aria-rowcount')).toBe(String(rows + 1)));
  }
}
