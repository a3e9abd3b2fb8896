import type { MyUploadLimits } from '@quire/protocol';
import type { UploadRefusal } from './i18n';

/** What the page knows of a chosen file before sending it. */
export interface ChosenFile {
  name: string;
  type: string;
  size: number;
}

export type UploadCheck =
  | { ok: true; kind: 'pdf' | 'image' }
  | { ok: false; refusal: UploadRefusal; limit: number };

/** What the file input offers (MIME types and extensions: some systems know only one of them). */
export const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * Refuses at once, before a byte is sent, what the server would refuse after: a file that is not a PDF,
 * JPEG or PNG by its type or name, an empty one, one over the size limit of its kind. The server still
 * decides from the bytes; this only spares a person a long upload that was never going to work.
 */
export function checkUpload(file: ChosenFile, limits: MyUploadLimits): UploadCheck {
  const type = file.type.toLowerCase();
  const kind =
    type === 'application/pdf' || /\.pdf$/i.test(file.name)
      ? 'pdf'
      : type === 'image/jpeg' || type === 'image/png' || /\.(jpe?g|png)$/i.test(file.name)
        ? 'image'
        : null;
  if (kind === null) return { ok: false, refusal: 'type', limit: 0 };
  if (file.size === 0) return { ok: false, refusal: 'empty', limit: 0 };
  if (kind === 'pdf' && file.size > limits.maxDocumentBytes)
    return { ok: false, refusal: 'too-large', limit: limits.maxDocumentBytes };
  if (kind === 'image' && file.size > limits.maxImageBytes)
    return { ok: false, refusal: 'image-too-large', limit: limits.maxImageBytes };
  return { ok: true, kind };
}

/** Whole megabytes (MiB, as the server counts them), never rounded up past the limit. */
export const wholeMegabytes = (bytes: number): number => Math.floor(bytes / (1024 * 1024));
