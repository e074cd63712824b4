/**
 * Remembers the main window's bounds and maximised state between runs, and
 * refuses saved bounds that no longer fit any display.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';

type WindowState = { bounds: Rectangle; maximized: boolean };
const defaults: WindowState = { bounds: { x: 0, y: 0, width: 1600, height: 1000 }, maximized: false };

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

export function loadWindowState(): WindowState {
  try {
    const saved = JSON.parse(readFileSync(stateFile(), 'utf8')) as Partial<WindowState>;
    const b = saved.bounds;
    if (!b || ![b.x, b.y, b.width, b.height].every(Number.isFinite) || b.width < 400 || b.height < 300) return defaults;
    const visible = screen.getAllDisplays().some(({ workArea: a }) => b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y);
    return visible ? { bounds: b, maximized: saved.maximized === true } : defaults;
  } catch {
    return defaults;
  }
}

export function keepWindowState(window: BrowserWindow): void {
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(stateFile(), JSON.stringify(state));
    } catch {
      // Losing the window position is not worth interrupting the user for.
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
}
