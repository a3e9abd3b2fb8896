import { FINISHING_FAMILIES, type FinishingFamily, type PrinterCapabilities } from '@quire/protocol';
import type { Strings } from './i18n';

/** Common PWG 5101.1 media names by their size part; others are shown from their own name. */
const MEDIA: Readonly<Record<string, string>> = {
  a3: 'A3',
  a4: 'A4',
  a5: 'A5',
  a6: 'A6',
  b5: 'B5',
  letter: 'Letter',
  legal: 'Legal',
  ledger: 'Ledger',
  executive: 'Executive',
  'number-10': 'Envelope #10',
  dl: 'Envelope DL',
  c5: 'Envelope C5',
};

/** `iso_a4_210x297mm` → `A4`; an unknown size keeps its name and dimensions: `custom 100x150mm`. */
export function mediaName(keyword: string): string {
  const parts = keyword.split('_');
  if (parts.length < 3) return keyword;
  const name = parts.slice(1, -1).join('_');
  return MEDIA[name] ?? `${name.replace(/[-_]/g, ' ')} ${parts.at(-1)}`;
}

const FORMATS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/postscript': 'PostScript',
  'application/vnd.hp-pcl': 'PCL',
  'application/vnd.hp-pclxl': 'PCL XL',
  'image/pwg-raster': 'PWG Raster',
  'image/urf': 'Apple Raster (URF)',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'text/plain': 'Text',
};

/**
 * Document formats by their usual names; `application/octet-stream` (the printer guesses the format)
 * says nothing about what it prints and is left out.
 */
export function formatNames(mimeTypes: readonly string[]): string[] {
  return mimeTypes.filter((m) => m !== 'application/octet-stream').map((m) => FORMATS[m] ?? m);
}

/** IPP finishing values (PWG 5100.1) as the families a person knows; any other by its number. */
export function finishingWords(values: readonly number[], t: Strings): string[] {
  const words: string[] = [];
  for (const v of values) {
    const family = (Object.keys(FINISHING_FAMILIES) as FinishingFamily[]).find((f) =>
      (FINISHING_FAMILIES[f] as readonly number[]).includes(v),
    );
    const word = family ? t.printers.finishings[family] : t.printers.otherFinishing(v);
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/** A printer's capabilities as labelled lines of words (the printers view). */
export function capabilityRows(c: PrinterCapabilities, t: Strings): { label: string; value: string }[] {
  const p = t.printers;
  const color = c.colorModes.includes('color');
  const mono = c.colorModes.includes('monochrome');
  const finishing = finishingWords(c.finishings, t);
  return [
    { label: p.model, value: c.makeAndModel },
    { label: p.color, value: color && mono ? p.colorBoth : color ? p.colorOnly : p.monoOnly },
    { label: p.sides, value: c.sides.some((s) => s !== 'one-sided') ? p.twoSided : p.oneSided },
    { label: p.finishing, value: finishing.length > 0 ? finishing.join(', ') : p.none },
    { label: p.copies, value: p.copiesMax(c.copiesMax) },
    { label: p.media, value: c.media.length > 0 ? [...new Set(c.media.map(mediaName))].join(', ') : p.none },
    { label: p.numberUp, value: c.numberUp.join(', ') },
    { label: p.formats, value: formatNames(c.documentFormats).join(', ') || p.none },
  ];
}
