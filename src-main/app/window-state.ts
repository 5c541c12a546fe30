// The main window's bounds and maximized flag, remembered in userData. Pure Node (fs only):
// the Electron glue is in window-state-tracker.ts.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const StoredWindowState = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof StoredWindowState>;

export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state, or the default when the file is missing or not ours. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = StoredWindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Atomic (temp file + rename), so a crash mid-write leaves the previous state. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Makes a remembered state fit the displays there are now: size clamped to the largest work
 * area, and the position dropped (so the window is centred) when too little of it would be
 * visible, e.g. after a monitor was unplugged.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.bounds.width, maxWidth), Math.min(MIN_WINDOW_SIZE.width, maxWidth));
  const height = Math.max(Math.min(state.bounds.height, maxHeight), Math.min(MIN_WINDOW_SIZE.height, maxHeight));
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { maximized: state.maximized, bounds: { width, height } };
  const rect = { x, y, width, height };
  const visible = Math.max(...workAreas.map((area) => overlapArea(rect, area)));
  // At least a third of the window (and so part of its title bar region) must be on screen.
  if (visible < (width * height) / 3) return { maximized: state.maximized, bounds: { width, height } };
  return { maximized: state.maximized, bounds: rect };
}
