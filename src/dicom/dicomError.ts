/** Why a DICOM file could not be shown; the message is safe to display (no PHI). */
export type DicomErrorCode =
  | 'not_dicom'
  | 'truncated'
  | 'unsupported_transfer_syntax'
  | 'unsupported_pixel_format'
  | 'missing_pixel_data'
  | 'frame_out_of_range';

export class DicomError extends Error {
  override readonly name = 'DicomError';
  constructor(
    readonly code: DicomErrorCode,
    message: string,
  ) {
    super(message);
  }
}
