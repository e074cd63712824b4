/**
 * App-wide hardening from Electron's security checklist: deny every
 * permission, every navigation away from the app, every new window and every
 * <webview>. Links to the web open in the user's browser only after a check.
 */
import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { isSafeExternalUrl } from './externalUrl';

export function hardenDefaultSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  // The renderer never loads remote content; refuse any request that is not ours.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('blob:app://') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
