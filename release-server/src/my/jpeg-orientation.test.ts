import { describe, expect, it } from 'vitest';
import { SAMPLE_JPEG, withExifOrientation } from '../../../test/support/images';
import { jpegOrientation } from './jpeg-orientation';

describe('jpegOrientation', () => {
  it('is 1 for a JPEG without EXIF', () => {
    expect(jpegOrientation(SAMPLE_JPEG)).toBe(1);
  });

  it.each([1, 3, 6, 8])('reads orientation %i, big- and little-endian', (n) => {
    expect(jpegOrientation(withExifOrientation(SAMPLE_JPEG, n))).toBe(n);
    expect(jpegOrientation(withExifOrientation(SAMPLE_JPEG, n, true))).toBe(n);
  });

  it('ignores a value outside 1-8 and a truncated segment', () => {
    expect(jpegOrientation(withExifOrientation(SAMPLE_JPEG, 9))).toBe(1);
    expect(jpegOrientation(withExifOrientation(SAMPLE_JPEG, 6).subarray(0, 30))).toBe(1);
  });

  it('stops at garbage instead of reading past it', () => {
    expect(jpegOrientation(Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02, 0x03]))).toBe(1);
  });
});
