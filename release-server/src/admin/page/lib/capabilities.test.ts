import type { PrinterCapabilities } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { capabilityRows, finishingWords, formatNames, mediaName } from './capabilities';
import { STRINGS } from './i18n';

describe('mediaName', () => {
  it.each([
    ['iso_a4_210x297mm', 'A4'],
    ['na_letter_8.5x11in', 'Letter'],
    ['iso_a3_297x420mm', 'A3'],
    ['na_number-10_4.125x9.5in', 'Envelope #10'],
    ['om_small-photo_100x150mm', 'small photo 100x150mm'],
    ['custom', 'custom'],
  ])('%s -> %s', (keyword, expected) => {
    expect(mediaName(keyword)).toBe(expected);
  });
});

it('names document formats, leaving out octet-stream', () => {
  expect(formatNames(['application/pdf', 'application/octet-stream', 'image/urf', 'x/y'])).toEqual([
    'PDF',
    'Apple Raster (URF)',
    'x/y',
  ]);
});

it('names finishings by family, once each', () => {
  expect(finishingWords([4, 5, 20, 74], STRINGS.en)).toEqual(['staple', 'punch']);
  expect(finishingWords([10, 199], STRINGS.fr)).toEqual(['pliage', 'finition 199']);
});

describe('capabilityRows', () => {
  const color: PrinterCapabilities = {
    makeAndModel: 'Quire Sim Color 60 with finisher',
    colorModes: ['color', 'monochrome'],
    sides: ['one-sided', 'two-sided-long-edge'],
    copiesMax: 999,
    finishings: [4, 5],
    media: ['iso_a4_210x297mm', 'na_letter_8.5x11in'],
    mediaDefault: 'iso_a4_210x297mm',
    numberUp: [1, 2, 4],
    documentFormats: ['application/pdf', 'image/jpeg'],
  };
  it('says what a colour printer with a finisher can do', () => {
    expect(capabilityRows(color, STRINGS.en).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Make and model: Quire Sim Color 60 with finisher',
      'Colour: colour and black and white',
      'Two-sided: yes',
      'Finishing: staple, punch',
      'Copies: up to 999',
      'Paper sizes: A4, Letter',
      'Pages per sheet: 1, 2, 4',
      'Document formats: PDF, JPEG',
    ]);
  });
  it('says what a plain mono printer cannot do', () => {
    const rows = capabilityRows(
      { ...color, colorModes: ['monochrome'], sides: ['one-sided'], finishings: [], media: [] },
      STRINGS.en,
    );
    expect(rows.map((r) => r.value)).toEqual(
      expect.arrayContaining(['black and white only', 'no, one-sided only', 'none']),
    );
  });
});
