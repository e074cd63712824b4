/**
 * The workstation's settings file (no secrets in it): which case service to
 * use, how to pin its certificate, and this installation's client id. The
 * environment variables REVIEW_WORKSTATION_SERVER_URL,
 * REVIEW_WORKSTATION_SERVER_CERT (a PEM file) and
 * REVIEW_WORKSTATION_SERVER_CERT_SHA256 override the file.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export type Settings = Readonly<{
  serverUrl: string | null;
  clientId: string;
  /** A PEM file with the server's certificate: the only one trusted for the case service. */
  serverCertificatePath: string | null;
  /** The SHA-256 fingerprint the server's certificate must have. */
  serverCertificateSha256: string | null;
}>;

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
  const pick = (env: string, key: 'serverCertificatePath' | 'serverCertificateSha256') => {
    const fromEnvironment = process.env[env];
    if (fromEnvironment) return fromEnvironment;
    const value = saved[key];
    return typeof value === 'string' && value.length > 0 ? value : null;
  };
  const settings = {
    serverUrl,
    clientId,
    serverCertificatePath: pick('REVIEW_WORKSTATION_SERVER_CERT', 'serverCertificatePath'),
    serverCertificateSha256: pick('REVIEW_WORKSTATION_SERVER_CERT_SHA256', 'serverCertificateSha256'),
  };
  if (saved.clientId !== clientId) {
    writeFileSync(settingsFile(), JSON.stringify({ ...saved, clientId }, null, 2));
  }
  return settings;
}
