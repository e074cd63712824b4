import * as dicomParserNamespace from 'dicom-parser';

type DicomParser = typeof dicomParserNamespace;

/**
 * dicom-parser ships a UMD bundle: bundlers expose its functions as named
 * exports, Node's ESM loader only as `default`. Both land here.
 */
export const dicomParser: DicomParser =
  (dicomParserNamespace as unknown as { default?: DicomParser }).default ?? dicomParserNamespace;

export type { DataSet, Element } from 'dicom-parser';
