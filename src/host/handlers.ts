/**
 * The real host handlers, built from injected ports. Electron main and the
 * browser test host run exactly this code; only the ports differ.
 */
import { CaseListResponseSchema, CaseDetailResponseSchema, PullResponseSchema, PushResponseSchema } from '../sync/protocol';
import type { Mutation } from '../sync/protocol';
import { createCaseServiceClient } from '../sync/caseServiceClient';
import type { CaseDetail } from '../domain/case';
import { HostError } from './hostError';
import type { HostPorts } from './ports';
import type { Handlers } from './router';

export function createHandlers(ports: HostPorts): Handlers {
  const client = createCaseServiceClient(ports);
  const session = () => ({ user: client.currentUser(), serverUrl: ports.serverUrl() });
  const caseId = (id: string) => encodeURIComponent(id);

  // The last detail seen per case tells which hashes a file request may ask
  // for, without a round trip per image while the user scrolls a stack.
  const knownDetails = new Map<string, CaseDetail>();

  async function caseDetail(id: string): Promise<CaseDetail> {
    const detail = await client.getJson(`/cases/${caseId(id)}`, CaseDetailResponseSchema);
    knownDetails.set(id, detail);
    return detail;
  }

  const knownDetail = async (id: string) => knownDetails.get(id) ?? caseDetail(id);

  async function push(type: Mutation['type'], args: { caseId: string; text: string; baseVersion: number }) {
    const mutation: Mutation = { id: ports.newId(), type, caseId: args.caseId, baseVersion: args.baseVersion, payload: { text: args.text } };
    const answer = await client.postJson('/sync/push', { clientId: ports.clientId, mutations: [mutation] }, PushResponseSchema);
    const result = answer.results.find((r) => r.id === mutation.id);
    if (!result) throw new HostError('bad_response', 'The case service did not answer the change it was sent.');
    if (result.status === 'rejected') {
      throw new HostError('conflict', rejectionMessage(result.reason, result.version));
    }
    if (result.version === undefined) throw new HostError('bad_response', 'The case service did not return the new version.');
    return { version: result.version };
  }

  return {
    'session.get': async () => session(),
    'session.signIn': async ({ email, password }) => {
      await client.signIn(email, password);
      return session();
    },
    'session.signOut': async () => {
      knownDetails.clear();
      await client.signOut();
      return session();
    },
    'queue.list': async () => (await client.getJson('/cases', CaseListResponseSchema)).cases,
    'case.get': async ({ caseId: id }) => caseDetail(id),
    'document.bytes': async ({ caseId: id, sha256 }) => {
      const detail = await knownDetail(id);
      if (!detail.documents.some((d) => d.sha256 === sha256)) throw new HostError('not_found', 'That document is not part of this case.');
      return client.getVerifiedBytes(`/files/${sha256}`, sha256, 'application/pdf');
    },
    'imaging.instance': async ({ caseId: id, studyUid, seriesUid, sopInstanceUid }) => {
      const detail = await knownDetail(id);
      const instance = detail.studies
        .find((s) => s.studyUid === studyUid)
        ?.series.find((s) => s.seriesUid === seriesUid)
        ?.instances.find((i) => i.sopInstanceUid === sopInstanceUid);
      if (!instance) throw new HostError('not_found', 'That image is not part of this case.');
      const path = `/studies/${studyUid}/series/${seriesUid}/instances/${sopInstanceUid}`;
      return client.getVerifiedBytes(path, instance.sha256, 'application/dicom');
    },
    'draft.save': async (args) => push('draft.save', args),
    'opinion.submit': async (args) => push('opinion.submit', args),
    'sync.push': async ({ mutations }) => {
      const answer = await client.postJson('/sync/push', { clientId: ports.clientId, mutations }, PushResponseSchema);
      const known = new Set(mutations.map((m) => m.id));
      if (answer.results.length !== mutations.length || answer.results.some((r) => !known.has(r.id))) {
        throw new HostError('bad_response', 'The case service did not answer the changes it was sent.');
      }
      return answer;
    },
    'sync.pull': async ({ cursor }) => client.getJson(`/sync/pull?cursor=${cursor}`, PullResponseSchema),
    'keychain.wrap': async ({ key }) => ports.keychain.wrap(key),
    'keychain.unwrap': async ({ wrapped }) => ports.keychain.unwrap(wrapped),
  };
}

function rejectionMessage(reason: string | undefined, version: number | undefined): string {
  const base = reason === 'stale'
    ? 'The draft changed on the server since you opened it.'
    : reason === 'not_found'
      ? 'This case is no longer assigned to you.'
      : `The case service did not accept the change${reason ? `: ${reason.slice(0, 200)}` : ''}.`;
  return version === undefined ? base : `${base} (server version ${version})`;
}
