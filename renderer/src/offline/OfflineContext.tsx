import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../ui/errorMessage';
import { openLocalStore } from './localStore';
import type { LocalStore } from './localStore';
import { createSyncEngine } from './syncEngine';
import { setActiveStore } from './fileCache';
import type { SyncEngine } from './syncEngine';

export type Offline =
  | { readonly state: 'opening' }
  | { readonly state: 'ready'; readonly store: LocalStore; readonly engine: SyncEngine }
  | { readonly state: 'unavailable'; readonly reason: string };

const OfflineContext = createContext<Offline>({ state: 'opening' });

/** The signed-in user's encrypted store and its sync engine, for everything under it. */
export function OfflineProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [offline, setOffline] = useState<Offline>({ state: 'opening' });
  useEffect(() => {
    let engine: SyncEngine | undefined;
    let cancelled = false;
    openLocalStore(userId).then(
      (store) => {
        if (cancelled) return store.db.close();
        engine = createSyncEngine(store, { newId: () => crypto.randomUUID() });
        setActiveStore(store);
        setOffline({ state: 'ready', store, engine });
      },
      (error: unknown) => !cancelled && setOffline({ state: 'unavailable', reason: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
      engine?.stop();
      setActiveStore(null);
    };
  }, [userId]);
  return <OfflineContext.Provider value={offline}>{children}</OfflineContext.Provider>;
}

export function useOffline(): Offline {
  return useContext(OfflineContext);
}
