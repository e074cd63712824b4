import { dicomParser } from './dicomParserModule';
import type { DataSet } from './dicomParserModule';
import { DicomError } from './dicomError';
import { readImageHeader } from './imageHeader';
import type { ImageHeader } from './imageHeader';
import { isNativePixelSyntax, transferSyntaxes } from './transferSyntax';

export type StoredValues = Uint8Array | Int8Array | Uint16Array | Int16Array;

/** One frame's stored values, ready for a modality LUT (slope and intercept are in the header). */
export interface DecodedFrame {
  readonly header: ImageHeader;
  readonly frameIndex: number;
  /** Sign-extended (or masked) to BitsStored; one sample per pixel, row-major. */
  readonly storedValues: StoredValues;
  readonly minStored: number;
  readonly maxStored: number;
  /** The header's window, or one spanning the frame's modality values when the header has none. */
  readonly window: { readonly center: number; readonly width: number };
}

const pixelDataTag = 'x7fe00010';

/** Parses a DICOM file (Part 10, or a bare implicit little endian dataset) without decoding pixels. */
export function parseDicomFile(bytes: Uint8Array): { dataSet: DataSet; header: ImageHeader } {
  const dataSet = parseDataSet(bytes);
  const transferSyntax = (dataSet.string('x00020010') ?? transferSyntaxes.implicitLittle).trim();
  return { dataSet, header: readImageHeader(dataSet, transferSyntax) };
}

export function decodeDicomFrame(bytes: Uint8Array, frameIndex = 0): DecodedFrame {
  const { dataSet, header } = parseDicomFile(bytes);
  if (!isNativePixelSyntax(header.transferSyntax)) {
    throw new DicomError('unsupported_transfer_syntax', `Transfer syntax ${header.transferSyntax.slice(0, 64)} is not supported yet.`);
  }
  if (header.samplesPerPixel !== 1) {
    throw new DicomError('unsupported_pixel_format', `Images with ${header.samplesPerPixel} samples per pixel are not supported yet.`);
  }
  if (!Number.isInteger(frameIndex) || frameIndex < 0 || frameIndex >= header.frames) {
    throw new DicomError('frame_out_of_range', `Frame ${frameIndex} does not exist; the image has ${header.frames}.`);
  }
  const storedValues = readFrame(dataSet, header, frameIndex);
  let minStored = Infinity;
  let maxStored = -Infinity;
  for (let i = 0; i < storedValues.length; i++) {
    const value = storedValues[i]!;
    if (value < minStored) minStored = value;
    if (value > maxStored) maxStored = value;
  }
  return { header, frameIndex, storedValues, minStored, maxStored, window: header.window ?? rangeWindow(header, minStored, maxStored) };
}

function parseDataSet(bytes: Uint8Array): DataSet {
  const part10 = hasPart10Prefix(bytes);
  let dataSet: DataSet;
  try {
    dataSet = dicomParser.parseDicom(bytes, part10 ? {} : { TransferSyntaxUID: transferSyntaxes.implicitLittle });
  } catch (error) {
    throw describeParseFailure(error);
  }
  // Without the DICM prefix any bytes parse as "elements"; a real bare dataset starts with group 0008.
  if (!part10 && !Object.keys(dataSet.elements).some((tag) => tag.startsWith('x0008'))) {
    throw new DicomError('not_dicom', 'The file is not a readable DICOM file.');
  }
  return dataSet;
}

function hasPart10Prefix(bytes: Uint8Array): boolean {
  return bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
}

/** dicom-parser throws strings or errors with internal wording; turn them into one clear reason. */
function describeParseFailure(error: unknown): DicomError {
  // dicom-parser throws Errors, strings, or `{ exception, dataSet }` for a partly parsed file.
  const inner = typeof error === 'object' && error !== null && 'exception' in error ? (error as { exception: unknown }).exception : error;
  const text = inner instanceof Error ? inner.message : typeof inner === 'string' ? inner : '';
  if (/past end|overrun|overread|beyond/i.test(text)) return new DicomError('truncated', 'The DICOM file is truncated.');
  if (/inflater|deflate/i.test(text)) return new DicomError('unsupported_transfer_syntax', 'Deflated DICOM files are not supported yet.');
  return new DicomError('not_dicom', 'The file is not a readable DICOM file.');
}

function readFrame(dataSet: DataSet, header: ImageHeader, frameIndex: number): StoredValues {
  const element = dataSet.elements[pixelDataTag];
  if (!element || element.length === 0) throw new DicomError('missing_pixel_data', 'The DICOM file has no pixel data.');
  if (element.encapsulatedPixelData) {
    throw new DicomError('unsupported_transfer_syntax', 'Encapsulated pixel data is not supported for this transfer syntax.');
  }
  const bytesPerSample = header.bitsAllocated / 8;
  const frameLength = header.rows * header.columns * bytesPerSample;
  const start = element.dataOffset + frameIndex * frameLength;
  const source = dataSet.byteArray;
  if (start + frameLength > element.dataOffset + element.length || start + frameLength > source.length) {
    throw new DicomError('truncated', 'The DICOM file is truncated: its pixel data is shorter than its header says.');
  }
  // A copy: aligned for typed arrays, and the caller may keep it after the file's bytes are gone.
  const copy = new Uint8Array(frameLength);
  copy.set(source.subarray(start, start + frameLength));
  if (bytesPerSample === 1) return header.pixelRepresentation === 1 ? adjustBits(new Int8Array(copy.buffer), header) : adjustBits(copy, header);
  if (header.transferSyntax === transferSyntaxes.explicitBig) swapPairs(copy);
  const unsigned = new Uint16Array(copy.buffer);
  return header.pixelRepresentation === 1 ? adjustBits(new Int16Array(copy.buffer), header) : adjustBits(unsigned, header);
}

function swapPairs(bytes: Uint8Array): void {
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const first = bytes[i]!;
    bytes[i] = bytes[i + 1]!;
    bytes[i + 1] = first;
  }
}

/** Bits above BitsStored may hold overlays or garbage: mask them, and sign-extend signed values. */
function adjustBits<T extends StoredValues>(values: T, header: ImageHeader): T {
  const { bitsStored, bitsAllocated } = header;
  if (bitsStored >= bitsAllocated) return values;
  const mask = (1 << bitsStored) - 1;
  if (header.pixelRepresentation === 0) {
    for (let i = 0; i < values.length; i++) values[i] = values[i]! & mask;
    return values;
  }
  const shift = 32 - bitsStored;
  for (let i = 0; i < values.length; i++) values[i] = ((values[i]! & mask) << shift) >> shift;
  return values;
}

function rangeWindow(header: ImageHeader, minStored: number, maxStored: number): { center: number; width: number } {
  const a = minStored * header.rescaleSlope + header.rescaleIntercept;
  const b = maxStored * header.rescaleSlope + header.rescaleIntercept;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { center: (low + high) / 2, width: Math.max(1, high - low) };
}
