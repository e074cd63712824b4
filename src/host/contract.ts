/**
 * The one typed contract between the renderer and its host (Electron main,
 * or the browser test host). Types only plus the channel list: the preload
 * imports this file and must stay tiny, so argument schemas live in
 * `argSchemas.ts`, used by the router on the trusted side.
 */
import type { CaseDetail, CaseSummary, User } from '../domain/case';
import type { Mutation, MutationResult, PullResponse } from '../sync/protocol';

export type SessionState = Readonly<{ user: User | null; serverUrl: string }>;

export type HostChannels = {
  'session.get': { args: Record<string, never>; result: SessionState };
  'session.signIn': { args: { email: string; password: string }; result: SessionState };
  'session.signOut': { args: Record<string, never>; result: SessionState };
  'queue.list': { args: Record<string, never>; result: readonly CaseSummary[] };
  'case.get': { args: { caseId: string }; result: CaseDetail };
  'document.bytes': { args: { caseId: string; sha256: string }; result: Uint8Array };
  'imaging.instance': {
    args: { caseId: string; studyUid: string; seriesUid: string; sopInstanceUid: string };
    result: Uint8Array;
  };
  'draft.save': {
    args: { caseId: string; text: string; baseVersion: number };
    result: { version: number };
  };
  'opinion.submit': {
    args: { caseId: string; text: string; baseVersion: number };
    result: { version: number };
  };
  /** The outbox's changes, with ids the renderer made: retries are idempotent on the server. */
  'sync.push': { args: { mutations: Mutation[] }; result: { results: MutationResult[] } };
  'sync.pull': { args: { cursor: number }; result: PullResponse };
  /** Wraps the offline store's data key with the OS keychain (it never leaves this machine unwrapped). */
  'keychain.wrap': { args: { key: Uint8Array }; result: Uint8Array };
  'keychain.unwrap': { args: { wrapped: Uint8Array }; result: Uint8Array };
};

export type Channel = keyof HostChannels;
export type ArgsOf<C extends Channel> = HostChannels[C]['args'];
export type ResultOf<C extends Channel> = HostChannels[C]['result'];

/** Every channel, so both transports can refuse unknown names before routing. */
export const channels = [
  'session.get',
  'session.signIn',
  'session.signOut',
  'queue.list',
  'case.get',
  'document.bytes',
  'imaging.instance',
  'draft.save',
  'opinion.submit',
  'sync.push',
  'sync.pull',
  'keychain.wrap',
  'keychain.unwrap',
] as const satisfies readonly Channel[];

export type HostEvents = {
  /** The case service refused our credentials: sign in again; nothing local is dropped. */
  'session.expired': { reason: string };
};
export type HostEvent = keyof HostEvents;
export const hostEvents = ['session.expired'] as const satisfies readonly HostEvent[];

export type HostErrorCode =
  | 'invalid_argument'
  | 'unknown_channel'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'network'
  | 'server'
  | 'bad_response'
  | 'keychain_unavailable'
  | 'internal';

export type HostErrorShape = Readonly<{ name: string; code: HostErrorCode; message: string }>;

/** What every call returns, whatever the transport: errors keep their shape. */
export type HostResult<T> =
  | Readonly<{ ok: true; value: T }>
  | Readonly<{ ok: false; error: HostErrorShape }>;

/** What the preload (or the test host's init script) puts on `window.host`. */
export interface HostApi {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<HostResult<ResultOf<C>>>;
  on<E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void): () => void;
}

/** The IPC channel names used by the Electron transport. */
export const ipcInvokeChannel = 'host:invoke';
export const ipcEventChannel = 'host:event';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name);
}

export function isHostEvent(name: unknown): name is HostEvent {
  return typeof name === 'string' && (hostEvents as readonly string[]).includes(name);
}
