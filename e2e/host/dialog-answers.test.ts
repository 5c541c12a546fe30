import { describe, expect, it } from 'vitest';
import { createScriptedDialogs } from './dialog-answers';

describe('scripted dialogs', () => {
  it('answer once each, then behave as cancelled', async () => {
    const d = createScriptedDialogs();
    d.answer({ openFiles: ['/a', '/b'], saveDirectory: '/out' });
    expect(await d.openFiles()).toEqual(['/a', '/b']);
    expect(await d.openFiles()).toEqual([]);
    expect(await d.openDirectory()).toBeUndefined();
    expect(await d.saveDirectory()).toBe('/out');
    expect(await d.saveDirectory()).toBeUndefined();
  });
});
