import { writeDicom } from '../../../src/dicom/writeDicom';
import type { DicomElement } from '../../../src/dicom/writeDicom';

export const secondaryCapture = '1.2.840.10008.5.1.4.1.1.7';

/** A small single-sample image with the given pixel module, for decoder tests. */
export function imageFile(options: {
  rows?: number;
  columns?: number;
  frames?: number;
  bitsAllocated?: 8 | 16;
  bitsStored?: number;
  signed?: boolean;
  photometric?: string;
  slope?: string;
  intercept?: string;
  window?: { center: string; width: string };
  pixels: Uint8Array | Uint16Array | Int16Array;
  transferSyntaxUid?: string;
  extra?: DicomElement[];
}): Uint8Array {
  const rows = options.rows ?? 2;
  const columns = options.columns ?? 2;
  const bitsAllocated = options.bitsAllocated ?? 16;
  const elements: DicomElement[] = [
    { tag: 0x00080016, vr: 'UI', value: secondaryCapture },
    { tag: 0x00080018, vr: 'UI', value: '2.25.1' },
    { tag: 0x0020000e, vr: 'UI', value: '2.25.2' },
    { tag: 0x00280002, vr: 'US', value: [1] },
    { tag: 0x00280004, vr: 'CS', value: options.photometric ?? 'MONOCHROME2' },
    { tag: 0x00280010, vr: 'US', value: [rows] },
    { tag: 0x00280011, vr: 'US', value: [columns] },
    { tag: 0x00280100, vr: 'US', value: [bitsAllocated] },
    { tag: 0x00280101, vr: 'US', value: [options.bitsStored ?? bitsAllocated] },
    { tag: 0x00280102, vr: 'US', value: [(options.bitsStored ?? bitsAllocated) - 1] },
    { tag: 0x00280103, vr: 'US', value: [options.signed ? 1 : 0] },
    { tag: 0x7fe00010, vr: bitsAllocated === 8 ? 'OB' : 'OW', value: options.pixels },
    ...(options.extra ?? []),
  ];
  if (options.frames) elements.push({ tag: 0x00280008, vr: 'IS', value: String(options.frames) });
  if (options.slope) elements.push({ tag: 0x00281053, vr: 'DS', value: options.slope });
  if (options.intercept) elements.push({ tag: 0x00281052, vr: 'DS', value: options.intercept });
  if (options.window) {
    elements.push({ tag: 0x00281050, vr: 'DS', value: options.window.center }, { tag: 0x00281051, vr: 'DS', value: options.window.width });
  }
  return writeDicom(elements, { sopClassUid: secondaryCapture, sopInstanceUid: '2.25.1', ...(options.transferSyntaxUid ? { transferSyntaxUid: options.transferSyntaxUid } : {}) });
}
