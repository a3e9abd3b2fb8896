import { AppError, type JobSettings, MY_UPLOAD_TYPES, type MyUploadLimits } from '@quire/protocol';
import type { JobRecord } from '../adapters/sqlite/job-store';
import { loginNameOf, type UserRecord } from '../adapters/sqlite/user-store';
import type { IngestService } from '../services/ingest';
import { peek, readAll } from './body-stream';
import { type ImageType, imageToPdf } from './image-pdf';
import { TYPE_BYTES, uploadTypeOf } from './upload-type';

/**
 * Largest JPEG or PNG accepted: an image is read whole to become a PDF (a phone photo is 3-12 MB).
 * @default 50 MiB
 */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/**
 * Largest PNG in pixels: pdf-lib decodes every pixel on the server's one thread (16 million: about 1 s
 * and 200 MB here; a phone screenshot is 3 million). @default 16 million
 */
export const MAX_IMAGE_PIXELS = 16_000_000;

const MIB = 1024 * 1024;
const mb = (bytes: number): string => `${Math.floor(bytes / MIB)} MB`;

export const notADocument = () =>
  new AppError(
    'format-not-supported',
    'This file is not a PDF, JPEG or PNG. Upload a PDF document, or a JPEG or PNG image.',
  );

export const documentTooLarge = (max: number) =>
  new AppError('payload-too-large', `This file is larger than ${mb(max)}, the most a document may be.`);

export const imageTooLarge = (max: number) =>
  new AppError(
    'payload-too-large',
    `This image is larger than ${mb(max)}, the most an image may be. Send it as a PDF, or make it smaller.`,
  );

export interface Upload {
  owner: UserRecord;
  /** The job's name, from the file's name. */
  name: string;
  settings: JobSettings;
  /** The file's bytes as they arrive. */
  body: AsyncIterable<Buffer>;
}

/**
 * Documents uploaded at /my/ (PRODUCT.md §3.2): a PDF streams to the spool as it arrives, so its size is
 * bounded by `maxDocumentBytes` only, never by memory; a JPEG or PNG is read whole (at most
 * {@link MAX_IMAGE_BYTES}) and held as a one-page PDF. The type is told from the first bytes. Images are
 * converted one at a time, so that two large PNGs never hold their pixels in memory at once.
 */
export class Uploads {
  private converting: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly d: { ingest: IngestService; maxDocumentBytes: number },
    readonly limits: MyUploadLimits = {
      maxDocumentBytes: d.maxDocumentBytes,
      maxImageBytes: Math.min(MAX_IMAGE_BYTES, d.maxDocumentBytes),
      maxImagePixels: MAX_IMAGE_PIXELS,
      accepted: [...MY_UPLOAD_TYPES],
    },
  ) {}

  /** Refuses at once a body that says it is longer than any upload may be. */
  checkDeclaredLength(contentLength: string | undefined): void {
    const length = Number(contentLength);
    if (contentLength !== undefined && Number.isFinite(length) && length > this.limits.maxDocumentBytes)
      throw documentTooLarge(this.limits.maxDocumentBytes);
  }

  async hold(u: Upload): Promise<JobRecord> {
    const { head, all } = await peek(u.body, TYPE_BYTES);
    if (head.length === 0) throw new AppError('bad-request', 'The file is empty.');
    const type = uploadTypeOf(head);
    if (type === null) throw notADocument();
    const document = type === 'application/pdf' ? all : once(await this.imageAsPdf(all, type, u.name));
    const submitted = this.d.ingest.submit(
      {
        requestingUserName: loginNameOf(u.owner),
        ownerId: u.owner.id,
        jobName: u.name,
        declaredFormat: 'application/pdf',
        settings: u.settings,
        // As an IPP client's print-color-mode does: the colour chosen is the colour it was sent in.
        submittedColor: u.settings.colorMode,
        source: 'web',
      },
      document,
    );
    // The spool's own words name no limit a person can act on: say it as for any other upload.
    return submitted.catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'payload-too-large')
        throw documentTooLarge(this.limits.maxDocumentBytes);
      throw error;
    });
  }

  private async imageAsPdf(body: AsyncIterable<Buffer>, type: ImageType, title: string): Promise<Uint8Array> {
    const max = this.limits.maxImageBytes;
    const image = await readAll(body, max, () => imageTooLarge(max));
    const next = this.converting.then(() => imageToPdf(image, type, title, this.limits.maxImagePixels));
    this.converting = next.catch(() => undefined);
    return next;
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Buffer> {
  yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
