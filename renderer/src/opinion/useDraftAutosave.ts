import { useEffect, useMemo, useRef, useState } from 'react';
import { call, HostCallError } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';

export type DraftState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  /** Saved on this computer, waiting for the case service. */
  | { kind: 'local' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

const autosaveDelayMs = 800;
const retryDelayMs = 5000;

/**
 * The draft as typed, saved to the case service shortly after typing stops
 * (or at once with `saveNow`). Saves never overlap; a failed save keeps the
 * text and retries; a conflict keeps the text and waits for the user.
 */
export function useDraftAutosave(caseId: string, initial: { text: string; version: number }) {
  const [text, setTextState] = useState(initial.text);
  const [state, setState] = useState<DraftState>({ kind: 'saved', at: null });
  const draft = useRef({
    text: initial.text,
    savedText: initial.text as string | null,
    version: initial.version,
    inFlight: null as Promise<void> | null,
    conflict: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
  });

  const actions = useMemo(() => {
    const current = draft.current;
    const schedule = (delay: number) => {
      clearTimeout(current.timer);
      current.timer = setTimeout(() => void saveNow(), delay);
    };

    async function saveNow(): Promise<void> {
      clearTimeout(current.timer);
      while (current.inFlight) await current.inFlight;
      if (current.text === current.savedText || current.conflict) return;
      const text = current.text;
      setState({ kind: 'saving' });
      current.inFlight = call('draft.save', { caseId, text, baseVersion: current.version })
        .then(({ version }) => {
          current.version = version;
          current.savedText = text;
          if (current.text === text) setState({ kind: 'saved', at: new Date() });
          else schedule(autosaveDelayMs);
        })
        .catch((error: unknown) => {
          if (error instanceof HostCallError && error.code === 'conflict') {
            current.conflict = true;
            setState({ kind: 'conflict', message: error.message });
          } else {
            setState({ kind: 'failed', message: errorMessage(error) });
            schedule(retryDelayMs);
          }
        })
        .finally(() => {
          current.inFlight = null;
        });
      await current.inFlight;
    }

    return {
      saveNow,
      setText(next: string) {
        current.text = next;
        setTextState(next);
        if (!current.conflict) setState({ kind: 'dirty' });
        schedule(autosaveDelayMs);
      },
      /** After a conflict: keep this text and write it over the server's newer version. */
      async keepMine(serverVersion: number) {
        current.conflict = false;
        current.version = serverVersion;
        current.savedText = null;
        await saveNow();
      },
      isSaved: () => current.text === current.savedText && !current.inFlight,
      version: () => current.version,
    };
  }, [caseId]);

  // Leaving the case must not drop what was typed in the last moments.
  useEffect(() => () => void actions.saveNow(), [actions]);

  return { text, state, ...actions };
}
