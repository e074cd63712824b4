import { useEffect, useState } from 'react';
import type { SyncStatus } from './syncEngine';
import { useOffline } from './OfflineContext';

/** Online or offline, when last synced, and how many changes wait: always in view. */
export function SyncIndicator() {
  const offline = useOffline();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => (offline.state === 'ready' ? offline.engine.subscribe(setStatus) : undefined), [offline]);

  if (offline.state === 'unavailable') return <span className="sync-indicator warn" data-testid="sync-indicator" title={offline.reason}>Offline store unavailable</span>;
  if (!status) return null;
  const parts = [
    status.needsSignIn ? 'Sign in to sync' : status.online ? 'Online' : 'Offline',
    status.pending > 0 ? `${status.pending} waiting` : status.lastSyncedAt ? `synced ${new Date(status.lastSyncedAt).toLocaleTimeString('en-GB')}` : null,
    status.conflicts.length > 0 ? `${status.conflicts.length} conflict${status.conflicts.length > 1 ? 's' : ''}` : null,
  ].filter(Boolean);
  const tone = status.conflicts.length || status.needsSignIn ? 'warn' : status.online ? 'ok' : 'off';
  return <span className={`sync-indicator ${tone}`} data-testid="sync-indicator" role="status">{parts.join(' · ')}</span>;
}
