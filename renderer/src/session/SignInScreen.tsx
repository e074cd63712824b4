import type { SessionState } from '../../../src/host/contract';
import { SignInForm } from './SignInForm';

export function SignInScreen({ serverUrl, onSignedIn }: { serverUrl: string; onSignedIn: (session: SessionState) => void }) {
  return (
    <div className="sign-in-screen">
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Review Workstation</h1>
        <p className="muted">Expert medical opinions. Sign in with your case service account.</p>
        <SignInForm onSignedIn={onSignedIn} />
        <p className="muted small">Case service: {serverUrl}</p>
      </section>
    </div>
  );
}
