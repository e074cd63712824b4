import { decodeDicomFrame } from '../../../src/dicom/parseImage';
import type { DecodedFrame } from '../../../src/dicom/parseImage';
import { call } from '../platform/host';
import { parseImageId } from './imageIds';

/**
 * Decoded frames by image id, shared by the series loader (which needs every
 * header to order slices) and cornerstone's image loader (which draws them).
 */
const frames = new Map<string, Promise<DecodedFrame>>();

export function frameFor(imageId: string): Promise<DecodedFrame> {
  let frame = frames.get(imageId);
  if (!frame) {
    frame = call('imaging.instance', parseImageId(imageId)).then((bytes) => decodeDicomFrame(bytes, 0));
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
