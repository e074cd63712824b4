import { useEffect, useRef } from 'react';
import type { CaseDetail } from '../../../src/domain/case';
import { call } from '../platform/host';
import { useOffline } from '../offline/OfflineContext';
import type { LocalStore } from '../offline/localStore';
import type { SyncEngine } from '../offline/syncEngine';
import { OpinionEditor } from './OpinionEditor';
import type { DraftController } from './OpinionEditor';
import { useDraftAutosave } from './useDraftAutosave';
import { useOfflineDraft } from './useOfflineDraft';

export function OpinionPanel({ detail, onSubmitted }: { detail: CaseDetail; onSubmitted: () => void }) {
  const offline = useOffline();
  if (offline.state === 'opening') return <p className="muted" role="status">Opening the offline store…</p>;
  if (offline.state === 'ready') return <OfflineOpinion detail={detail} store={offline.store} engine={offline.engine} onSubmitted={onSubmitted} />;
  return <OnlineOpinion detail={detail} onSubmitted={onSubmitted} />;
}

/** Drafts saved on this computer first, then synced through the outbox. */
function OfflineOpinion({ detail, store, engine, onSubmitted }: { detail: CaseDetail; store: LocalStore; engine: SyncEngine; onSubmitted: () => void }) {
  const draft = useOfflineDraft(store, engine, detail);
  // A queued submission that the server has now applied: show the case as it is on the server.
  const wasQueued = useRef(false);
  useEffect(() => {
    if (wasQueued.current && !draft.submissionQueued && !draft.conflict) onSubmitted();
    wasQueued.current = draft.submissionQueued;
  }, [draft.submissionQueued, draft.conflict, onSubmitted]);
  const controller: DraftController = {
    submissionQueued: draft.submissionQueued,
    text: draft.text,
    state: draft.state,
    setText: draft.setText,
    saveNow: draft.saveNow,
    keepMine: draft.keepMine,
    async submit() {
      if (!(await draft.flush(4_000))) {
        await draft.queueSubmission();
        return 'queued';
      }
      const { version } = await call('opinion.submit', { caseId: detail.id, text: draft.text, baseVersion: await engine.knownDraftVersion(detail.id) });
      await engine.setKnownDraftVersion(detail.id, version);
      return 'submitted';
    },
  };
  return <OpinionEditor detail={detail} draft={controller} onSubmitted={onSubmitted} />;
}

/** Without an offline store (no keychain): drafts go straight to the case service. */
function OnlineOpinion({ detail, onSubmitted }: { detail: CaseDetail; onSubmitted: () => void }) {
  const draft = useDraftAutosave(detail.id, { text: detail.draft?.text ?? '', version: detail.draft?.version ?? 0 });
  const controller: DraftController = {
    text: draft.text,
    state: draft.state,
    setText: draft.setText,
    saveNow: draft.saveNow,
    async keepMine() {
      const latest = await call('case.get', { caseId: detail.id });
      await draft.keepMine(latest.draft?.version ?? 0);
    },
    async submit() {
      await draft.saveNow();
      if (!draft.isSaved()) throw new Error('The draft could not be saved, so it was not submitted.');
      await call('opinion.submit', { caseId: detail.id, text: draft.text, baseVersion: draft.version() });
      return 'submitted';
    },
  };
  return <OpinionEditor detail={detail} draft={controller} onSubmitted={onSubmitted} />;
}
