/**
 * Registers the host router on IPC. Only the app's own top-level frame may
 * call it: a frame from anywhere else gets a refusal, never a handler.
 */
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { HostEvent, HostEvents } from '../../src/host/contract';
import { ipcEventChannel, ipcInvokeChannel } from '../../src/host/contract';
import type { Router } from '../../src/host/router';
import { isAppUrl } from './appOrigin';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerHostIpc(router: Router): void {
  ipcMain.handle(ipcInvokeChannel, (event, channel: unknown, args: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { name: 'HostError', code: 'forbidden', message: 'This frame may not use the workstation host.' } };
    }
    return router(channel, args);
  });
}

export function emitToWindows(windows: () => readonly BrowserWindow[]) {
  return <E extends HostEvent>(event: E, payload: HostEvents[E]) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(ipcEventChannel, event, payload);
    }
  };
}
