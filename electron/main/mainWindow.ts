/**
 * The main window: sandboxed, isolated, no Node in the renderer, the UI from
 * the app's own scheme.
 */
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from './appOrigin';
import { keepWindowState, loadWindowState } from './windowState';
import { secureWebPreferences } from './webPreferences';

export function createMainWindow(preloadDir: string): BrowserWindow {
  const state = loadWindowState();
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#0b0d10',
    title: 'Review Workstation',
    webPreferences: secureWebPreferences(join(preloadDir, 'index.cjs')),
  });
  if (state.maximized) window.maximize();
  keepWindowState(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
