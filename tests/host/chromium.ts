/**
 * Debian's Chromium, launched the way this machine needs: no sandbox as root,
 * no background networking (the network is closed; Chromium would retry).
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
}
