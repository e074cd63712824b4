import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { editableStatuses } from '../../../src/domain/case';
import type { CaseDetail } from '../../../src/domain/case';
import { call } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';
import { ModalDialog } from '../ui/ModalDialog';
import { draftStatusText } from './draftStatusText';
import { useDraftAutosave } from './useDraftAutosave';

const placeholder = `Diagnosis: is the working diagnosis supported by the records and imaging?
Treatment: is the proposed treatment appropriate; what alternatives apply?
Surgery: is it indicated now, later, or not at all?
Recommendations for the treating physician.`;

export function OpinionPanel({ detail, onSubmitted }: { detail: CaseDetail; onSubmitted: () => void }) {
  const editable = editableStatuses.includes(detail.status);
  const draft = useDraftAutosave(detail.id, { text: detail.draft?.text ?? '', version: detail.draft?.version ?? 0 });
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void draft.saveNow();
    }
  }

  async function keepMine() {
    try {
      const latest = await call('case.get', { caseId: detail.id });
      await draft.keepMine(latest.draft?.version ?? 0);
    } catch (error) {
      setSubmitError(errorMessage(error));
    }
  }

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await draft.saveNow();
      if (!draft.isSaved()) throw new Error('unsaved');
      await call('opinion.submit', { caseId: detail.id, text: draft.text, baseVersion: draft.version() });
      setConfirming(false);
      onSubmitted();
    } catch (error) {
      setSubmitError(error instanceof Error && error.message === 'unsaved' ? 'The draft could not be saved, so it was not submitted.' : errorMessage(error));
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
          {editable ? draftStatusText(draft.state, draft.text.length > 0) : 'Read only: this case is no longer open for editing'}
        </span>
      </div>
      {draft.state.kind === 'conflict' && (
        <div className="banner warning" role="alert">
          {draft.state.message} Your text is kept here.
          <button type="button" onClick={() => void keepMine()}>Keep my text and save it</button>
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
      {submitError && <p className="banner error" role="alert">{submitError}</p>}
      <div className="opinion-actions">
        <span className="muted small">Ctrl+S saves now · drafts save as you type</span>
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
