import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { editableStatuses } from '../../../src/domain/case';
import type { CaseDetail } from '../../../src/domain/case';
import { HostCallError } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';
import { ModalDialog } from '../ui/ModalDialog';
import { draftStatusText } from './draftStatusText';
import type { DraftState } from './useDraftAutosave';

/** What the editor needs from wherever drafts are kept. */
export interface DraftController {
  readonly text: string;
  readonly state: DraftState;
  setText(text: string): void;
  saveNow(): Promise<void>;
  /** After a conflict: keep this text and save it over the server's version. */
  keepMine(): Promise<void>;
  /** Saves, then submits (or, offline, queues the submission); throws with a message fit to show. */
  submit(): Promise<'submitted' | 'queued'>;
  /** A submission waits in the outbox: the text is final on this computer. */
  readonly submissionQueued?: boolean;
}

const placeholder = `Diagnosis: is the working diagnosis supported by the records and imaging?
Treatment: is the proposed treatment appropriate; what alternatives apply?
Surgery: is it indicated now, later, or not at all?
Recommendations for the treating physician.`;

export function OpinionEditor({ detail, draft, onSubmitted }: { detail: CaseDetail; draft: DraftController; onSubmitted: () => void }) {
  const editable = editableStatuses.includes(detail.status) && !draft.submissionQueued;
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void draft.saveNow();
    }
  }

  async function submit() {
    setSubmitting(true);
    setProblem(null);
    try {
      const outcome = await draft.submit();
      setConfirming(false);
      if (outcome === 'submitted') onSubmitted();
    } catch (error) {
      setProblem(error instanceof HostCallError ? errorMessage(error) : error instanceof Error ? error.message : errorMessage(error));
      setConfirming(false);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="opinion-panel" aria-labelledby="opinion-title">
      <div className="panel-heading">
        <h2 id="opinion-title">Opinion</h2>
        <span className={`draft-status draft-${draft.state.kind}`} data-testid="draft-status" role="status">
          {editable || draft.submissionQueued ? draftStatusText(draft.state, draft.text.length > 0) : 'Read only: this case is no longer open for editing'}
        </span>
      </div>
      {draft.state.kind === 'conflict' && (
        <div className="banner warning" role="alert" data-testid="draft-conflict">
          {draft.state.message} Your text is kept here.
          <button type="button" onClick={() => void draft.keepMine().catch((error: unknown) => setProblem(errorMessage(error)))}>Keep my text and save it</button>
        </div>
      )}
      <textarea
        data-testid="draft-editor"
        aria-label="Opinion draft"
        className="draft-editor"
        value={draft.text}
        readOnly={!editable}
        placeholder={placeholder}
        spellCheck
        onChange={(event) => draft.setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {draft.submissionQueued && (
        <p className="banner warning" role="status" data-testid="submission-queued">
          Submission queued: it is sent, after your last edits, as soon as the case service is reachable.
        </p>
      )}
      {problem && <p className="banner error" role="alert">{problem}</p>}
      <div className="opinion-actions">
        <span className="muted small">Ctrl+S saves now · drafts save as you type, also offline</span>
        <button
          type="button"
          className="primary"
          data-testid="submit-opinion"
          disabled={!editable || draft.text.trim() === '' || submitting}
          onClick={() => setConfirming(true)}
        >
          Submit opinion…
        </button>
      </div>
      {confirming && (
        <ModalDialog title="Submit this opinion?" onCancel={() => setConfirming(false)}>
          <p>The opinion goes to the medical director for review. You cannot edit it after submitting.</p>
          <div className="dialog-actions">
            <button type="button" className="quiet" onClick={() => setConfirming(false)} disabled={submitting}>Cancel</button>
            <button type="button" className="primary" autoFocus onClick={() => void submit()} disabled={submitting}>
              {submitting ? 'Submitting…' : 'Confirm submission'}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
