import cornerstone from 'cornerstone-core';
import type { CornerstoneImage } from 'cornerstone-core';
import type { DecodedFrame } from '../../../src/dicom/parseImage';
import { imageIdScheme } from './imageIds';
import { frameFor } from './instanceFrames';

let registered = false;

/** Our own cornerstone image loader: bytes from the host, decoded by src/dicom. */
export function registerWorkstationImageLoader(): void {
  if (registered) return;
  registered = true;
  cornerstone.registerImageLoader(imageIdScheme, (imageId) => ({ promise: frameFor(imageId).then((frame) => toCornerstoneImage(imageId, frame)) }));
}

function toCornerstoneImage(imageId: string, frame: DecodedFrame): CornerstoneImage {
  const { header } = frame;
  return {
    imageId,
    minPixelValue: frame.minStored,
    maxPixelValue: frame.maxStored,
    slope: header.rescaleSlope,
    intercept: header.rescaleIntercept,
    windowCenter: frame.window.center,
    windowWidth: frame.window.width,
    getPixelData: () => frame.storedValues,
    rows: header.rows,
    columns: header.columns,
    height: header.rows,
    width: header.columns,
    color: false,
    rowPixelSpacing: header.pixelSpacing?.[0],
    columnPixelSpacing: header.pixelSpacing?.[1],
    invert: header.photometric === 'MONOCHROME1',
    sizeInBytes: frame.storedValues.byteLength,
  };
}
