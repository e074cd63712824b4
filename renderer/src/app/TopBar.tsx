import type { User } from '../../../src/domain/case';
import { SyncIndicator } from '../offline/SyncIndicator';

const roleNames: Readonly<Record<User['role'], string>> = {
  specialist: 'Reviewing specialist',
  radiologist: 'Radiology reviewer',
  director: 'Medical director',
  admin: 'Administrator',
};

export function TopBar({ user, serverUrl, onSignOut, onHome }: {
  user: User;
  serverUrl: string;
  onSignOut: () => void;
  onHome: () => void;
}) {
  return (
    <header className="top-bar">
      <button type="button" className="brand" onClick={onHome} title="Back to the queue (Esc)">
        Review Workstation
      </button>
      <span className="top-bar-server" title="Case service">{new URL(serverUrl).host}</span>
      <SyncIndicator />
      <span className="top-bar-user" data-testid="signed-in-user">
        {user.name} · {roleNames[user.role]}
      </span>
      <button type="button" className="quiet" onClick={onSignOut}>Sign out</button>
    </header>
  );
}
