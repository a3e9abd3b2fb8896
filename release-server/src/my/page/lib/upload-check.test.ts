import type { MyUploadLimits } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { checkUpload, wholeMegabytes } from './upload-check';

const MB = 1024 * 1024;
const LIMITS: MyUploadLimits = {
  maxDocumentBytes: 2048 * MB,
  maxImageBytes: 50 * MB,
  maxImagePixels: 16_000_000,
  accepted: ['application/pdf', 'image/jpeg', 'image/png'],
};

describe('checkUpload', () => {
  it.each([
    ['a PDF by its type', { name: 'scan', type: 'application/pdf', size: 10 }, { ok: true, kind: 'pdf' }],
    ['a PDF by its name only', { name: 'Report.PDF', type: '', size: 10 }, { ok: true, kind: 'pdf' }],
    ['a JPEG', { name: 'photo.jpeg', type: 'image/jpeg', size: 10 }, { ok: true, kind: 'image' }],
    ['a PNG by name', { name: 'shot.png', type: '', size: 10 }, { ok: true, kind: 'image' }],
    ['a 2 GB PDF', { name: 'big.pdf', type: 'application/pdf', size: 2048 * MB }, { ok: true, kind: 'pdf' }],
    [
      'a PDF one byte over',
      { name: 'big.pdf', type: 'application/pdf', size: 2048 * MB + 1 },
      { ok: false, refusal: 'too-large', limit: 2048 * MB },
    ],
    [
      'a 51 MB photo',
      { name: 'photo.jpg', type: 'image/jpeg', size: 51 * MB },
      { ok: false, refusal: 'image-too-large', limit: 50 * MB },
    ],
    [
      'a Word file',
      { name: 'letter.docx', type: 'application/msword', size: 10 },
      { ok: false, refusal: 'type', limit: 0 },
    ],
    ['a GIF', { name: 'cat.gif', type: 'image/gif', size: 10 }, { ok: false, refusal: 'type', limit: 0 }],
    [
      'an empty PDF',
      { name: 'empty.pdf', type: 'application/pdf', size: 0 },
      { ok: false, refusal: 'empty', limit: 0 },
    ],
  ])('%s', (_, file, expected) => {
    expect(checkUpload(file, LIMITS)).toEqual(expected);
  });
});

it('says limits in whole megabytes, never rounded up', () => {
  expect([wholeMegabytes(2048 * MB), wholeMegabytes(50 * MB), wholeMegabytes(MB - 1)]).toEqual([2048, 50, 0]);
});
