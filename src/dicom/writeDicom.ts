/**
 * Writes DICOM Part 10 files in explicit VR little endian: the demo data
 * generator and the tests make real files with it, read back by any viewer.
 */
export type Vr =
  | 'AE' | 'AS' | 'CS' | 'DA' | 'DS' | 'DT' | 'IS' | 'LO' | 'LT' | 'PN' | 'SH' | 'ST' | 'TM' | 'UI' | 'UT'
  | 'US' | 'SS' | 'UL' | 'SL' | 'FL' | 'FD' | 'OB' | 'OW';

export type DicomValue = string | readonly number[] | Uint8Array | Uint16Array | Int16Array;

export interface DicomElement {
  /** Group and element as one number, e.g. 0x00100010. */
  readonly tag: number;
  readonly vr: Vr;
  readonly value: DicomValue;
}

export interface FileMeta {
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly transferSyntaxUid?: string;
}

const explicitVrLittleEndian = '1.2.840.10008.1.2.1';
export const implementationClassUid = '2.25.302149865426095810443813384117326848241';
const longLengthVrs: ReadonlySet<Vr> = new Set(['OB', 'OW', 'UT']);
const encoder = new TextEncoder();

export function writeDicom(dataset: readonly DicomElement[], meta: FileMeta): Uint8Array {
  const metaBody = encodeElements([
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    { tag: 0x00020002, vr: 'UI', value: meta.sopClassUid },
    { tag: 0x00020003, vr: 'UI', value: meta.sopInstanceUid },
    { tag: 0x00020010, vr: 'UI', value: meta.transferSyntaxUid ?? explicitVrLittleEndian },
    { tag: 0x00020012, vr: 'UI', value: implementationClassUid },
  ]);
  const groupLength = encodeElements([{ tag: 0x00020000, vr: 'UL', value: [metaBody.length] }]);
  const body = encodeElements([...dataset].sort((a, b) => a.tag - b.tag));
  const out = new Uint8Array(132 + groupLength.length + metaBody.length + body.length);
  out.set(encoder.encode('DICM'), 128);
  out.set(groupLength, 132);
  out.set(metaBody, 132 + groupLength.length);
  out.set(body, 132 + groupLength.length + metaBody.length);
  return out;
}

function encodeElements(elements: readonly DicomElement[]): Uint8Array {
  const parts = elements.map(encodeElement);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encodeElement(element: DicomElement): Uint8Array {
  const value = encodeValue(element);
  const long = longLengthVrs.has(element.vr);
  const headerLength = long ? 12 : 8;
  if (!long && value.length > 0xffff) throw new Error(`value of ${element.tag.toString(16)} is too long for VR ${element.vr}`);
  const out = new Uint8Array(headerLength + value.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, element.tag >>> 16, true);
  view.setUint16(2, element.tag & 0xffff, true);
  out[4] = element.vr.charCodeAt(0);
  out[5] = element.vr.charCodeAt(1);
  if (long) view.setUint32(8, value.length, true);
  else view.setUint16(6, value.length, true);
  out.set(value, headerLength);
  return out;
}

function encodeValue({ vr, value, tag }: DicomElement): Uint8Array {
  if (typeof value === 'string') {
    const bytes = encoder.encode(value);
    if (bytes.length % 2 === 0) return bytes;
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    padded[bytes.length] = vr === 'UI' ? 0 : 0x20;
    return padded;
  }
  if (value instanceof Uint8Array) return padEven(value);
  if (value instanceof Uint16Array || value instanceof Int16Array) {
    const out = new Uint8Array(value.length * 2);
    const view = new DataView(out.buffer);
    for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value[i]! & 0xffff, true);
    return out;
  }
  const size = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 }[vr as 'US'];
  if (!size) throw new Error(`numbers given for ${tag.toString(16)} with VR ${vr}`);
  const out = new Uint8Array(value.length * size);
  const view = new DataView(out.buffer);
  value.forEach((n, i) => {
    const at = i * size;
    if (vr === 'US') view.setUint16(at, n, true);
    else if (vr === 'SS') view.setInt16(at, n, true);
    else if (vr === 'UL') view.setUint32(at, n, true);
    else if (vr === 'SL') view.setInt32(at, n, true);
    else if (vr === 'FL') view.setFloat32(at, n, true);
    else view.setFloat64(at, n, true);
  });
  return out;
}

function padEven(bytes: Uint8Array): Uint8Array {
  if (bytes.length % 2 === 0) return bytes;
  const padded = new Uint8Array(bytes.length + 1);
  padded.set(bytes);
  return padded;
}

/** DICOM decimal strings: at most 16 characters. */
export function decimalString(values: readonly number[]): string {
  return values.map((v) => {
    const rounded = Number(v.toFixed(6));
    const text = String(Object.is(rounded, -0) ? 0 : rounded);
    return text.length <= 16 ? text : rounded.toPrecision(10);
  }).join('\\');
}
