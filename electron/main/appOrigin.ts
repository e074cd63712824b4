/** The app's own privileged scheme and origin; the UI is served only from here. */
export const appScheme = 'app';
export const appHost = 'workstation';
export const appOrigin = `${appScheme}://${appHost}`;

/** True when a URL belongs to the app's own origin (exact scheme and host). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}
