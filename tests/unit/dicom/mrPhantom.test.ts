import { describe, expect, it } from 'vitest';
import { decodeDicomFrame } from '../../../src/dicom/parseImage';
import { generateMrSeries, mrImageStorage } from '../../../src/dicom/mrPhantom';
import type { MrSeriesKind } from '../../../src/dicom/mrPhantom';
import { sortByGeometry } from '../../../src/dicom/sortSeries';
import { cross, dot } from '../../../src/dicom/vector3';
import { dicomParser } from '../../../src/dicom/dicomParserModule';
import { UidSchema } from '../../../src/domain/case';

const request = (kind: MrSeriesKind, slices = 6) => ({
  kind, slices, size: 256 as const, studyUid: '2.25.10', seriesUid: '2.25.11', frameOfReferenceUid: '2.25.12', seriesNumber: 3,
  studyDescription: 'MR LUMBAR SPINE', studyDate: '2026-10-01', accessionNumber: 'ACC1',
  patient: { name: 'Doe^Jane', id: 'MRN1', birthDate: '1960-02-03', sex: 'F' as const }, seed: 42,
});

describe('generateMrSeries', () => {
  for (const kind of ['lumbar-sag-t2', 'lumbar-ax-t2', 'brain-ax-flair'] as const) {
    it(`${kind}: slices step by SpacingBetweenSlices along the normal of an orthonormal orientation`, () => {
      const frames = generateMrSeries(request(kind)).map((i) => decodeDicomFrame(i.bytes));
      const [row, column] = frames[0]!.header.imageOrientation!;
      expect(dot(row, column)).toBeCloseTo(0, 6);
      const normal = cross(row, column);
      const spacing = Number(dicomParser.parseDicom(generateMrSeries(request(kind, 1))[0]!.bytes).string('x00180088'));
      const distances = frames.map((f) => dot(f.header.imagePosition!, normal));
      for (let i = 1; i < distances.length; i++) expect(distances[i]! - distances[i - 1]!).toBeCloseTo(spacing, 4);
      for (const f of frames) expect(f.header.imageOrientation).toEqual(frames[0]!.header.imageOrientation);
    });
  }

  it('writes an MR image a viewer can use: pixel module, identifiers and a real image', () => {
    const [instance] = generateMrSeries(request('lumbar-sag-t1', 1));
    const dataSet = dicomParser.parseDicom(instance!.bytes);
    expect(dataSet.string('x00080016')).toBe(mrImageStorage);
    expect(dataSet.string('x00080060')).toBe('MR');
    expect(dataSet.string('x00100010')).toBe('Doe^Jane');
    expect(dataSet.string('x00200052')).toBe('2.25.12');
    expect(dataSet.elements.x7fe00010!.length).toBe(256 * 256 * 2);
    expect(UidSchema.safeParse(instance!.sopInstanceUid).success).toBe(true);
    const frame = decodeDicomFrame(instance!.bytes);
    expect(frame.header).toMatchObject({ rows: 256, columns: 256, bitsStored: 12, photometric: 'MONOCHROME2' });
    expect(frame.header.pixelSpacing![0]).toBeCloseTo(280 / 256, 6);
    expect(frame.maxStored).toBeLessThanOrEqual(4095);
    const values = Array.from(frame.storedValues);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(sd).toBeGreaterThan(300);
    expect(new Set(values.map((v) => v >> 4)).size).toBeGreaterThan(150);
  });

  it('is deterministic and gives every instance its own UID', () => {
    const a = generateMrSeries(request('brain-ax-t2', 3));
    const b = generateMrSeries(request('brain-ax-t2', 3));
    expect(a.map((i) => i.bytes)).toEqual(b.map((i) => i.bytes));
    expect(new Set(a.map((i) => i.sopInstanceUid)).size).toBe(3);
  });

  it('orders back by geometry when the files come shuffled', () => {
    const instances = generateMrSeries(request('lumbar-ax-t2', 5));
    const shuffled = [instances[3]!, instances[0]!, instances[4]!, instances[1]!, instances[2]!];
    const ordered = sortByGeometry(shuffled, (i) => decodeDicomFrame(i.bytes).header);
    expect(ordered.map((i) => i.instanceNumber)).toEqual([1, 2, 3, 4, 5]);
  });
});
