import { useEffect, useRef, useState } from 'react';
import type { SeriesRef } from '../../../src/domain/case';
import { sortByGeometry } from '../../../src/dicom/sortSeries';
import { errorMessage } from '../ui/errorMessage';
import { toImageId } from './imageIds';
import { frameFor, rememberInstanceHash } from './instanceFrames';

export type SeriesStack = Readonly<{
  /** Image ids in the order a reader scrolls: by position along the slice normal. */
  imageIds: readonly string[];
  loaded: number;
  total: number;
  failed: number;
  error: string | null;
}>;

const parallelLoads = 4;

/** Fetches and decodes every slice of a series (headers are needed to order them), with progress. */
export function useSeriesStack(caseId: string, studyUid: string, series: SeriesRef): SeriesStack {
  const total = series.instances.length;
  const [stack, setStack] = useState<SeriesStack>({ imageIds: [], loaded: 0, total, failed: 0, error: null });
  // A refreshed case detail is a new object with the same series: keep the reader's place, do not reload.
  const seriesRef = useRef(series);
  seriesRef.current = series;
  const instanceKey = series.instances.map((i) => i.sopInstanceUid).join();

  useEffect(() => {
    let cancelled = false;
    setStack({ imageIds: [], loaded: 0, total, failed: 0, error: null });
    const current = seriesRef.current;
    const imageIds = current.instances.map((instance) => {
      const imageId = toImageId({ caseId, studyUid, seriesUid: current.seriesUid, sopInstanceUid: instance.sopInstanceUid });
      rememberInstanceHash(imageId, instance.sha256);
      return imageId;
    });
    const decoded: { imageId: string; frame: Awaited<ReturnType<typeof frameFor>> }[] = [];
    let next = 0;
    let failed = 0;
    let lastError: unknown = null;

    async function worker() {
      while (!cancelled && next < imageIds.length) {
        const imageId = imageIds[next++]!;
        try {
          decoded.push({ imageId, frame: await frameFor(imageId) });
        } catch (error) {
          failed++;
          lastError = error;
        }
        if (!cancelled) setStack((s) => ({ ...s, loaded: decoded.length, failed }));
      }
    }

    void Promise.all(Array.from({ length: parallelLoads }, worker)).then(() => {
      if (cancelled) return;
      const ordered = sortByGeometry(decoded, ({ frame }) => ({
        imagePosition: frame.header.imagePosition,
        imageOrientation: frame.header.imageOrientation,
        instanceNumber: frame.header.instanceNumber,
      })).map((entry) => entry.imageId);
      const error = failed === 0 ? null : `${failed} of ${total} images could not be shown: ${errorMessage(lastError)}`;
      setStack({ imageIds: ordered, loaded: decoded.length, total, failed, error });
    });
    return () => {
      cancelled = true;
    };
  }, [caseId, studyUid, instanceKey, total]);

  return stack;
}
