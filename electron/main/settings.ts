/**
 * The workstation's settings file (no secrets in it): which case service to
 * use and this installation's client id. The environment variable
 * REVIEW_WORKSTATION_SERVER_URL overrides the file.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export type Settings = Readonly<{ serverUrl: string | null; clientId: string }>;

function settingsFile(): string {
  return join(app.getPath('userData'), 'settings.json');
}

export function loadSettings(): Settings {
  let saved: Partial<Settings> = {};
  try {
    saved = JSON.parse(readFileSync(settingsFile(), 'utf8')) as Partial<Settings>;
  } catch {
    // First start, or an unreadable file: start from defaults.
  }
  const clientId = typeof saved.clientId === 'string' && saved.clientId.length >= 8 ? saved.clientId : randomUUID();
  const fromEnv = process.env['REVIEW_WORKSTATION_SERVER_URL'];
  const serverUrl = fromEnv && fromEnv.length > 0 ? fromEnv : typeof saved.serverUrl === 'string' ? saved.serverUrl : null;
  const settings = { serverUrl, clientId };
  if (saved.clientId !== clientId) {
    writeFileSync(settingsFile(), JSON.stringify({ ...saved, clientId }, null, 2));
  }
  return settings;
}
