/**
 * The Electron main process: one instance, hardened sessions, the UI from
 * app://, the host router on IPC, and the case service (configured, or the
 * embedded demo service at first start).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { createHandlers } from '../../src/host/handlers';
import { createRouter } from '../../src/host/router';
import { createNodeHostPorts } from './adapters/nodeHostPorts';
import { createSafeStorageKeychain } from './adapters/safeStorageKeychain';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { startEmbeddedCaseService } from './embeddedCaseService';
import type { EmbeddedService } from './embeddedCaseService';
import { hardenAllWebContents, hardenDefaultSession } from './hardenSessions';
import { emitToWindows, registerHostIpc } from './hostIpc';
import { createMainWindow } from './mainWindow';
import { loadSettings } from './settings';

const mainDir = dirname(fileURLToPath(import.meta.url));
let embedded: EmbeddedService | null = null;

registerAppScheme();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => embedded?.stop());
  app.whenReady().then(start).catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  hardenDefaultSession();
  serveRenderer(join(mainDir, '../renderer'));
  const settings = loadSettings();
  let serverUrl = settings.serverUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedCaseService(mainDir);
    serverUrl = embedded.url;
  }
  const url = serverUrl;
  const ports = createNodeHostPorts({
    serverUrl: () => url,
    clientId: settings.clientId,
    keychain: createSafeStorageKeychain(),
    pin: {
      ...(settings.serverCertificatePath ? { certificatePem: readFileSync(settings.serverCertificatePath, 'utf8') } : {}),
      ...(settings.serverCertificateSha256 ? { sha256: settings.serverCertificateSha256 } : {}),
    },
    emit: emitToWindows(() => BrowserWindow.getAllWindows()),
  });
  registerHostIpc(createRouter(createHandlers(ports), (channel) => console.error(`host handler failed on ${channel}`)));
  createMainWindow(join(mainDir, '../preload'));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(join(mainDir, '../preload'));
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : 'Unknown error';
  dialog.showErrorBox('Review Workstation could not start', message);
  app.exit(1);
}
