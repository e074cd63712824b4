import { useCallback, useEffect, useState } from 'react';
import type { SessionState } from '../../../src/host/contract';
import { call, onHostEvent } from '../platform/host';
import { SignInScreen } from '../session/SignInScreen';
import { SessionExpiredDialog } from '../session/SessionExpiredDialog';
import { QueueScreen } from '../queue/QueueScreen';
import { CaseWorkspace } from '../case/CaseWorkspace';
import { TopBar } from './TopBar';
import { OfflineProvider, RevokedNotice, useOffline } from '../offline/OfflineContext';
import { errorMessage } from '../ui/errorMessage';

type Screen = { kind: 'queue' } | { kind: 'case'; caseId: string };

export function App() {
  const [session, setSession] = useState<SessionState | null>(null);
  const [startupError, setStartupError] = useState<string | null>(null);
  const [expiredReason, setExpiredReason] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'queue' });

  useEffect(() => {
    call('session.get', {}).then(setSession, (error: unknown) => setStartupError(errorMessage(error)));
    try {
      // The workspace stays mounted under the dialog, so nothing typed is lost.
      return onHostEvent('session.expired', ({ reason }) => setExpiredReason(reason));
    } catch (error) {
      setStartupError(errorMessage(error));
      return undefined;
    }
  }, []);

  const signOut = useCallback(async () => {
    setSession(await call('session.signOut', {}));
    setScreen({ kind: 'queue' });
  }, []);

  if (startupError) return <div className="startup-error" role="alert">{startupError}</div>;
  if (!session) return <div className="splash" aria-busy="true">Starting the workstation…</div>;
  if (!session.user) return <SignInScreen serverUrl={session.serverUrl} onSignedIn={setSession} />;

  return (
    <OfflineProvider userId={session.user.id}>
    <div className="app">
      <TopBar user={session.user} serverUrl={session.serverUrl} onSignOut={signOut} onHome={() => setScreen({ kind: 'queue' })} />
      <RevokedNotice />
      <main className="app-main">
        {screen.kind === 'queue' ? (
          <QueueScreen onOpen={(caseId) => setScreen({ kind: 'case', caseId })} />
        ) : (
          <CaseWorkspace caseId={screen.caseId} onBack={() => setScreen({ kind: 'queue' })} />
        )}
      </main>
      {expiredReason !== null && (
        <SignInAgain
          email={session.user.email}
          reason={expiredReason}
          onSignedIn={(next) => {
            setExpiredReason(null);
            setSession(next);
          }}
        />
      )}
    </div>
    </OfflineProvider>
  );
}

/** Signing in again also lets the paused sync go on. */
function SignInAgain(props: { email: string; reason: string; onSignedIn: (session: SessionState) => void }) {
  const offline = useOffline();
  return (
    <SessionExpiredDialog
      {...props}
      onSignedIn={(next) => {
        props.onSignedIn(next);
        if (offline.state === 'ready') offline.engine.signedIn();
      }}
    />
  );
}
