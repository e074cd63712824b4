import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionState } from '../../../src/host/contract';
import { call } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';

/** Email and password against the case service; the host keeps the tokens, the page never sees them. */
export function SignInForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (session: SessionState) => void }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Signing in again: the email is known, so the cursor waits in the password field (a modal dialog would pick the first field).
  useEffect(() => {
    if (initialEmail) passwordRef.current?.focus();
  }, [initialEmail]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await call('session.signIn', { email: email.trim(), password });
      setPassword('');
      onSignedIn(session);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <form className="sign-in-form" onSubmit={submit} aria-busy={busy}>
      <label>
        Email
        <input type="email" autoComplete="username" required autoFocus={!initialEmail} value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input ref={passwordRef} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
    </form>
  );
}
