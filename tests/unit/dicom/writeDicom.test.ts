import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { decimalString, writeDicom } from '../../../src/dicom/writeDicom';

describe('writeDicom', () => {
  const bytes = writeDicom(
    [
      { tag: 0x00100010, vr: 'PN', value: 'Doe^Jane' },
      { tag: 0x00080060, vr: 'CS', value: 'MR' },
      { tag: 0x0020000d, vr: 'UI', value: '2.25.1234' },
      { tag: 0x00280010, vr: 'US', value: [3] },
      { tag: 0x00181310, vr: 'US', value: [0, 256, 256, 0] },
      { tag: 0x7fe00010, vr: 'OW', value: new Uint16Array([1, 2, 3, 65535, 0, 7]) },
    ],
    { sopClassUid: '1.2.840.10008.5.1.4.1.1.4', sopInstanceUid: '2.25.9' },
  );
  const dataSet = dicomParser.parseDicom(bytes);

  it('writes a Part 10 preamble, DICM prefix and explicit VR little endian meta group', () => {
    expect(new TextDecoder().decode(bytes.subarray(128, 132))).toBe('DICM');
    expect(dataSet.string('x00020010')).toBe('1.2.840.10008.1.2.1');
    expect(dataSet.string('x00020002')).toBe('1.2.840.10008.5.1.4.1.1.4');
    expect(dataSet.string('x00020003')).toBe('2.25.9');
    const metaEnd = dataSet.elements.x00020012!.dataOffset + dataSet.elements.x00020012!.length;
    expect(dataSet.uint32('x00020000')).toBe(metaEnd - (dataSet.elements.x00020000!.dataOffset + 4));
  });

  it('pads odd-length values to even length with the padding of the VR', () => {
    expect(dataSet.elements.x0020000d!.length % 2).toBe(0);
    expect(dataSet.elements.x0020000d!.length).toBe(10);
    expect(bytes[dataSet.elements.x0020000d!.dataOffset + 9]).toBe(0);
    expect(dataSet.string('x0020000d')).toBe('2.25.1234');
    expect(dataSet.string('x00100010')).toBe('Doe^Jane');
    expect(dataSet.string('x00080060')).toBe('MR');
  });

  it('writes numbers and pixel data with their VRs and lengths', () => {
    expect(dataSet.elements.x00280010!.vr).toBe('US');
    expect(dataSet.uint16('x00280010')).toBe(3);
    expect([0, 1, 2, 3].map((i) => dataSet.uint16('x00181310', i))).toEqual([0, 256, 256, 0]);
    const pixels = dataSet.elements.x7fe00010!;
    expect(pixels.vr).toBe('OW');
    expect(pixels.length).toBe(12);
    expect(new DataView(bytes.buffer, bytes.byteOffset + pixels.dataOffset + 6, 2).getUint16(0, true)).toBe(65535);
  });

  it('sorts the dataset by tag, as the standard requires', () => {
    const tags = Object.keys(dataSet.elements).filter((t) => !t.startsWith('x0002'));
    expect(tags).toEqual([...tags].sort());
  });

  it('formats decimal strings within 16 characters', () => {
    expect(decimalString([1.09375, -0, -127.453125])).toBe('1.09375\\0\\-127.453125');
    expect(decimalString([123456789.12345679]).length).toBeLessThanOrEqual(16);
  });
});
