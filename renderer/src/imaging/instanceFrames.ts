import { decodeDicomFrame } from '../../../src/dicom/parseImage';
import type { DecodedFrame } from '../../../src/dicom/parseImage';
import { call } from '../platform/host';
import { parseImageId } from './imageIds';
import { cachedFile } from '../offline/fileCache';

/**
 * Decoded frames by image id, shared by the series loader (which needs every
 * header to order slices) and cornerstone's image loader (which draws them).
 */
const frames = new Map<string, Promise<DecodedFrame>>();

/** Hashes of the instances of open cases, so files can be found on this computer by content. */
const hashes = new Map<string, string>();

export function rememberInstanceHash(imageId: string, sha256: string): void {
  hashes.set(imageId, sha256);
}

export function frameFor(imageId: string): Promise<DecodedFrame> {
  let frame = frames.get(imageId);
  if (!frame) {
    const address = parseImageId(imageId);
    const sha256 = hashes.get(imageId);
    const fetch = () => call('imaging.instance', address);
    frame = (sha256 ? cachedFile(address.caseId, sha256, fetch) : fetch()).then((bytes) => decodeDicomFrame(bytes, 0));
    // A failed load may succeed later (network back): do not cache failures.
    frame.catch(() => frames.delete(imageId));
    frames.set(imageId, frame);
  }
  return frame;
}

export function forgetFrames(caseId: string): void {
  for (const imageId of frames.keys()) {
    if (parseImageId(imageId).caseId === caseId) frames.delete(imageId);
  }
}
