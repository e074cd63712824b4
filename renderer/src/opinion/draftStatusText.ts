import type { DraftState } from './useDraftAutosave';

export function draftStatusText(state: DraftState, hasText: boolean): string {
  switch (state.kind) {
    case 'saved':
      if (state.at) return `Saved ${state.at.toLocaleTimeString('en-GB')}`;
      return hasText ? 'Draft loaded from the case service' : 'No draft yet';
    case 'dirty':
      return 'Changes pending';
    case 'local':
      return 'Saved on this computer · waiting to sync';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not sent: ${state.message} Retrying.`;
    case 'conflict':
      return 'Conflict with the server copy';
  }
}
