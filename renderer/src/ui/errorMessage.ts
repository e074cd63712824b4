import { DicomError } from '../../../src/dicom/dicomError';
import { HostCallError } from '../platform/host';

/** A message safe to show: host and DICOM errors are written for users; anything else is not. */
export function errorMessage(error: unknown): string {
  if (error instanceof HostCallError || error instanceof DicomError) return error.message;
  return 'Something went wrong in the workstation. Try again; if it keeps happening, restart the app.';
}
