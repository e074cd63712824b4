import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../ui/errorMessage';
import { openLocalStore } from './localStore';
import type { LocalStore } from './localStore';
import { createSyncEngine } from './syncEngine';
import { setActiveStore } from './fileCache';
import { pullChanges } from './pullChanges';
import type { RevokedCase } from './pullChanges';

const pullEveryMs = 30_000;
import type { SyncEngine } from './syncEngine';

export type Offline =
  | { readonly state: 'opening' }
  | { readonly state: 'ready'; readonly store: LocalStore; readonly engine: SyncEngine; readonly revoked: readonly RevokedCase[]; readonly pullNow: () => Promise<void> }
  | { readonly state: 'unavailable'; readonly reason: string };

const OfflineContext = createContext<Offline>({ state: 'opening' });

/** The signed-in user's encrypted store and its sync engine, for everything under it. */
export function OfflineProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [offline, setOffline] = useState<Offline>({ state: 'opening' });
  useEffect(() => {
    let engine: SyncEngine | undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    openLocalStore(userId).then(
      (store) => {
        if (cancelled) return store.db.close();
        const started = createSyncEngine(store, { newId: () => crypto.randomUUID() });
        engine = started;
        setActiveStore(store);
        const pull = () =>
          pullChanges(store).then(
            (revoked) => {
              if (revoked.length && !cancelled) setOffline((o) => (o.state === 'ready' ? { ...o, revoked: [...o.revoked, ...revoked] } : o));
            },
            // Offline or signed out: the next pull catches up.
            () => undefined,
          );
        setOffline({ state: 'ready', store, engine: started, revoked: [], pullNow: pull });
        void pull();
        timer = setInterval(() => void pull(), pullEveryMs);
      },
      (error: unknown) => !cancelled && setOffline({ state: 'unavailable', reason: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
      clearInterval(timer);
      engine?.stop();
      setActiveStore(null);
    };
  }, [userId]);
  return <OfflineContext.Provider value={offline}>{children}</OfflineContext.Provider>;
}

/** Tells the reviewer which cases were taken away and removed from this computer. */
export function RevokedNotice() {
  const offline = useOffline();
  if (offline.state !== 'ready' || offline.revoked.length === 0) return null;
  return (
    <div className="banner warning revoked-notice" role="alert" data-testid="revoked-notice">
      {offline.revoked.map((r) => (
        <p key={r.caseId}>
          {r.reference} is no longer assigned to you. Its records and images were removed from this computer
          {r.draftKeptAside ? '; your draft of it is kept aside on this computer.' : '.'}
        </p>
      ))}
    </div>
  );
}

export function useOffline(): Offline {
  return useContext(OfflineContext);
}
