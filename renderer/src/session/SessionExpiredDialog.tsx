import type { SessionState } from '../../../src/host/contract';
import { SignInForm } from './SignInForm';
import { ModalDialog } from '../ui/ModalDialog';

/** Shown over the open work when the case service ends the session: sign in again, nothing is lost. */
export function SessionExpiredDialog({ email, reason, onSignedIn }: {
  email: string;
  reason: string;
  onSignedIn: (session: SessionState) => void;
}) {
  return (
    <ModalDialog title="Sign in again" onCancel={undefined}>
      <p>{reason || 'Your session has ended.'} Your open work stays here.</p>
      <SignInForm initialEmail={email} onSignedIn={onSignedIn} />
    </ModalDialog>
  );
}
