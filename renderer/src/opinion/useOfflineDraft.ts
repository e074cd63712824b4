import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDetail } from '../../../src/domain/case';
import type { OutboxEntry } from '../../../src/sync/outbox';
import { readLocalDraft, saveLocalDraft } from '../offline/localDrafts';
import type { LocalStore } from '../offline/localStore';
import { queueDraftSave, queueSubmission } from '../offline/outboxStore';
import type { SyncEngine } from '../offline/syncEngine';
import type { DraftState } from './useDraftAutosave';

const localSaveDelayMs = 300;

/**
 * The draft as typed, saved on this computer (encrypted) within half a
 * second of the last keystroke and queued for the case service; what the
 * server has not yet confirmed survives closing the window, and comes back
 * when the case is opened again.
 */
export function useOfflineDraft(store: LocalStore, engine: SyncEngine, detail: CaseDetail) {
  const caseId = detail.id;
  const [text, setTextState] = useState(detail.draft?.text ?? '');
  const [state, setState] = useState<DraftState>({ kind: 'saved', at: null });
  const [conflict, setConflict] = useState<OutboxEntry | null>(null);
  const [submissionQueued, setSubmissionQueued] = useState(false);
  const latest = useRef({ text: detail.draft?.text ?? '', dirty: false, timer: undefined as ReturnType<typeof setTimeout> | undefined, saving: Promise.resolve() });

  const refresh = useCallback(async () => {
    const pending = await engine.pendingFor(caseId);
    const inConflict = pending.find((e) => e.state === 'conflict') ?? null;
    setConflict(inConflict);
    setSubmissionQueued(pending.some((e) => e.mutation.type === 'opinion.submit'));
    if (latest.current.dirty) return;
    if (inConflict) setState({ kind: 'conflict', message: conflictMessage(inConflict) });
    else if (pending.length > 0) setState({ kind: 'local' });
    else setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date() }));
  }, [caseId, engine]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const pending = await engine.pendingFor(caseId);
      const local = await readLocalDraft(store, caseId);
      if (cancelled) return;
      if (pending.length > 0 && local) {
        // Unsynced work on this computer is newer than the server's copy.
        latest.current.text = local.text;
        setTextState(local.text);
      } else {
        await engine.setKnownDraftVersion(caseId, detail.draft?.version ?? 0);
      }
      await refresh();
    })();
    const unsubscribe = engine.subscribe(() => void refresh());
    return () => {
      cancelled = true;
      unsubscribe();
    };
    // Only when another case opens: a refreshed detail of this case must not reset what is typed.
  }, [caseId, engine, store]);

  const saveLocally = useCallback(async () => {
    clearTimeout(latest.current.timer);
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    const typed = latest.current.text;
    latest.current.saving = (async () => {
      await saveLocalDraft(store, caseId, { text: typed, baseVersion: await engine.knownDraftVersion(caseId), updatedAt: Date.now() });
      await queueDraftSave(store, caseId, typed, () => crypto.randomUUID(), Date.now());
    })();
    await latest.current.saving;
    setState({ kind: 'local' });
    engine.kick();
  }, [caseId, engine, store]);

  const actions = useMemo(() => ({
    setText(next: string) {
      latest.current.text = next;
      latest.current.dirty = true;
      setTextState(next);
      setState((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
      clearTimeout(latest.current.timer);
      latest.current.timer = setTimeout(() => void saveLocally(), localSaveDelayMs);
    },
    saveNow: saveLocally,
    /** Saved locally and answered by the server, or false after `timeoutMs`. */
    async flush(timeoutMs = 15_000): Promise<boolean> {
      await saveLocally();
      await latest.current.saving;
      engine.kick();
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if ((await engine.pendingFor(caseId)).length === 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    async keepMine() {
      if (conflict) await engine.keepMine(conflict);
    },
    /** Offline: the submission waits in the outbox behind the draft, and goes when the case service is reachable. */
    async queueSubmission() {
      await saveLocally();
      await queueSubmission(store, caseId, latest.current.text, () => crypto.randomUUID(), Date.now());
      setSubmissionQueued(true);
      engine.kick();
    },
  }), [caseId, conflict, engine, saveLocally]);

  // Leaving the case saves what was typed in the last moments.
  useEffect(() => () => void saveLocally(), [saveLocally]);

  return { text, state, conflict, submissionQueued, ...actions };
}

function conflictMessage(entry: OutboxEntry): string {
  switch (entry.conflictReason) {
    case 'stale':
      return 'The draft changed on the server since you started these edits.';
    case 'not_found':
      return 'This case is no longer assigned to you.';
    case 'not_editable':
      return 'This case can no longer be edited (it was submitted or signed).';
    default:
      return 'The case service did not accept these edits.';
  }
}
