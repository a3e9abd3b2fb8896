import { describe, expect, it } from 'vitest';
import { makePng, SAMPLE_JPEG } from '../../../test/support/images';
import { uploadTypeOf } from './upload-type';

describe('uploadTypeOf', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3'), 'application/pdf'],
    ['a JPEG', SAMPLE_JPEG, 'image/jpeg'],
    ['a PNG', makePng(2, 2), 'image/png'],
    ['PostScript', Buffer.from('%!PS-Adobe-3.0\n'), null],
    ['a web page saved as .pdf', Buffer.from('<!doctype html><html>'), null],
    ['a PDF header later in the file', Buffer.from(' %PDF-1.4'), null],
    ['a GIF', Buffer.from('GIF89a\x01\x00'), null],
    ['too short to tell', Buffer.from('%PD'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s is %s', (_, head, type) => {
    expect(uploadTypeOf(head)).toBe(type);
  });
});
