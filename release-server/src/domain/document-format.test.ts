import { describe, expect, it } from 'vitest';
import { resolveFormat, sniffFormat } from './document-format';

describe('sniffFormat', () => {
  it.each([
    ['%PDF-1.7\n', 'application/pdf'],
    ['%!PS-Adobe-3.0', 'application/postscript'],
    ['\x1b%-12345X@PJL JOB', 'application/vnd.hp-pcl'],
    ['RaS2PwgRaster', 'image/pwg-raster'],
    ['UNIRAST\0\0\0\0\x01', 'image/urf'],
    ['\xff\xd8\xff\xe0', 'image/jpeg'],
    ['PK\x03\x04', 'application/octet-stream'],
    ['', 'application/octet-stream'],
  ])('%j is %s', (head, format) => {
    expect(sniffFormat(Buffer.from(head, 'latin1'))).toBe(format);
  });

  it('trusts a declared format and sniffs only octet-stream or nothing', () => {
    const pdf = Buffer.from('%PDF-1.4');
    expect(resolveFormat('image/jpeg', pdf)).toBe('image/jpeg');
    expect(resolveFormat('application/octet-stream', pdf)).toBe('application/pdf');
    expect(resolveFormat(undefined, pdf)).toBe('application/pdf');
  });
});
