/** Where one image lives: the host fetches it by these keys, checked against the case. */
export interface InstanceAddress {
  readonly caseId: string;
  readonly studyUid: string;
  readonly seriesUid: string;
  readonly sopInstanceUid: string;
}

export const imageIdScheme = 'wsi';

export function toImageId(address: InstanceAddress): string {
  return `${imageIdScheme}:${[address.caseId, address.studyUid, address.seriesUid, address.sopInstanceUid].map(encodeURIComponent).join('/')}`;
}

export function parseImageId(imageId: string): InstanceAddress {
  const parts = imageId.slice(imageIdScheme.length + 1).split('/').map(decodeURIComponent);
  const [caseId, studyUid, seriesUid, sopInstanceUid] = parts;
  if (parts.length !== 4 || !caseId || !studyUid || !seriesUid || !sopInstanceUid) throw new Error('Not a workstation image id.');
  return { caseId, studyUid, seriesUid, sopInstanceUid };
}
