import { releaseIdSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { uuidV4 } from './uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV4', () => {
  it.each([
    ['all zero bytes', 0x00, '00000000-0000-4000-8000-000000000000'],
    ['all one bytes', 0xff, 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
  ])('sets version and variant bits (%s)', (_, byte, expected) => {
    expect(uuidV4((b) => b.fill(byte))).toBe(expected);
  });

  it('is a v4 UUID the protocol accepts as a release id, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => uuidV4()));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(V4);
      expect(releaseIdSchema.safeParse(id).success).toBe(true);
    }
  });
});
