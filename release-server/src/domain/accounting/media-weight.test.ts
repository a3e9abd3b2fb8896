import { describe, expect, it } from 'vitest';
import { a4Weight } from './media-weight';

describe('a4Weight: A3 and larger count as 2 A4 (PRODUCT.md §7)', () => {
  it.each([
    ['iso_a4_210x297mm', 1],
    ['iso_a5_148x210mm', 1],
    ['na_letter_8.5x11in', 1],
    ['na_legal_8.5x14in', 1],
    ['iso_b4_250x353mm', 1],
    ['jis_b4_257x364mm', 1],
    ['iso_a3_297x420mm', 2],
    ['iso_ra3_305x430mm', 2],
    ['iso_sra3_320x450mm', 2],
    ['na_ledger_11x17in', 2],
    ['iso_a2_420x594mm', 2],
    ['iso_a0_841x1189mm', 2],
    ['custom_max_330x1200mm', 2],
    ['om_small-photo_100x150mm', 1],
    ['a3', 1],
    ['', 1],
    [null, 1],
  ])('%s -> %i', (media, weight) => {
    expect(a4Weight(media)).toBe(weight);
  });
});
