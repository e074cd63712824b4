import { describe, expect, it } from 'vitest';
import { DicomError } from '../../../src/dicom/dicomError';
import { decodeDicomFrame } from '../../../src/dicom/parseImage';
import { imageFile } from './dicomFixtures';

const modality = (frame: ReturnType<typeof decodeDicomFrame>) =>
  Array.from(frame.storedValues, (v) => v * frame.header.rescaleSlope + frame.header.rescaleIntercept);

function expectDicomError(run: () => unknown, code: DicomError['code']) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DicomError);
    expect((error as DicomError).code).toBe(code);
    return;
  }
  throw new Error('expected a DicomError');
}

describe('decodeDicomFrame', () => {
  it('masks bits above BitsStored in unsigned data (overlay bits are not signal)', () => {
    const frame = decodeDicomFrame(imageFile({ bitsStored: 12, pixels: new Uint16Array([0x0fff, 0xf001, 0x1000, 5]) }));
    expect(Array.from(frame.storedValues)).toEqual([4095, 1, 0, 5]);
  });

  it('sign-extends signed values with BitsStored below 16', () => {
    // 12-bit two's complement: 0x800 is -2048, 0xfff is -1, 0x7ff is 2047.
    const frame = decodeDicomFrame(imageFile({ bitsStored: 12, signed: true, pixels: new Uint16Array([0x0800, 0x0fff, 0x07ff, 0xf00a]) }));
    expect(Array.from(frame.storedValues)).toEqual([-2048, -1, 2047, 10]);
    expect(frame.minStored).toBe(-2048);
    expect(frame.maxStored).toBe(2047);
  });

  it('applies rescale slope and intercept as modality values (CT-style)', () => {
    const frame = decodeDicomFrame(imageFile({ signed: true, slope: '2', intercept: '-1024', pixels: new Int16Array([0, 512, 1024, -10]) }));
    expect(modality(frame)).toEqual([-1024, 0, 1024, -1044]);
  });

  it('uses the window from the header', () => {
    const frame = decodeDicomFrame(imageFile({ window: { center: '40', width: '400' }, pixels: new Uint16Array([0, 1, 2, 3]) }));
    expect(frame.window).toEqual({ center: 40, width: 400 });
  });

  it('falls back to the modality value range when the window is absent or narrower than 1', () => {
    const absent = decodeDicomFrame(imageFile({ slope: '0.5', intercept: '100', pixels: new Uint16Array([100, 300, 500, 900]) }));
    expect(absent.window).toEqual({ center: 350, width: 400 });
    const tooNarrow = decodeDicomFrame(imageFile({ window: { center: '10', width: '0.5' }, pixels: new Uint16Array([10, 20, 30, 50]) }));
    expect(tooNarrow.window).toEqual({ center: 30, width: 40 });
    const flat = decodeDicomFrame(imageFile({ pixels: new Uint16Array([7, 7, 7, 7]) }));
    expect(flat.window.width).toBe(1);
  });

  it('reads 8-bit data and MONOCHROME1 photometric', () => {
    const frame = decodeDicomFrame(imageFile({ bitsAllocated: 8, photometric: 'MONOCHROME1', pixels: new Uint8Array([0, 128, 255, 3]) }));
    expect(Array.from(frame.storedValues)).toEqual([0, 128, 255, 3]);
    expect(frame.header.photometric).toBe('MONOCHROME1');
  });

  it('selects one frame of a multi-frame image and refuses frames that do not exist', () => {
    const file = imageFile({ frames: 3, rows: 1, columns: 2, pixels: new Uint16Array([1, 2, 10, 20, 100, 200]) });
    expect(Array.from(decodeDicomFrame(file, 2).storedValues)).toEqual([100, 200]);
    expectDicomError(() => decodeDicomFrame(file, 3), 'frame_out_of_range');
  });

  it('reads geometry: pixel spacing, position and orientation', () => {
    const frame = decodeDicomFrame(imageFile({
      pixels: new Uint16Array(4),
      extra: [
        { tag: 0x00280030, vr: 'DS', value: '0.8\\0.9' },
        { tag: 0x00200032, vr: 'DS', value: '-100\\-120.5\\30' },
        { tag: 0x00200037, vr: 'DS', value: '0\\1\\0\\0\\0\\-1' },
      ],
    }));
    expect(frame.header.pixelSpacing).toEqual([0.8, 0.9]);
    expect(frame.header.imagePosition).toEqual([-100, -120.5, 30]);
    expect(frame.header.imageOrientation).toEqual([[0, 1, 0], [0, 0, -1]]);
  });

  it('says clearly why a file cannot be shown', () => {
    expectDicomError(() => decodeDicomFrame(new TextEncoder().encode('%PDF-1.7 not an image at all')), 'not_dicom');
    const whole = imageFile({ rows: 16, columns: 16, pixels: new Uint16Array(256).fill(9) });
    expectDicomError(() => decodeDicomFrame(whole.subarray(0, whole.length - 100)), 'truncated');
    expectDicomError(() => decodeDicomFrame(imageFile({ transferSyntaxUid: '1.2.840.10008.1.2.4.50', pixels: new Uint16Array(4) })), 'unsupported_transfer_syntax');
    expectDicomError(() => decodeDicomFrame(imageFile({ pixels: new Uint16Array(4), extra: [] }).subarray(0, 300)), 'truncated');
  });
});
