import {
  type ColorMode,
  MAX_COPIES,
  NUMBER_UP,
  type PrinterCapabilities,
  type PrinterStatus,
  SIDES,
  type Sides,
} from '@quire/protocol';
import type { AttributeMap } from '@quire/protocol/ipp';

/**
 * The attributes {@link capabilitiesFromIpp} and {@link statusFromIpp} read, asked for by name in
 * Get-Printer-Attributes: the whole printer-description and job-template groups of a real printer
 * (media-col-database above all) are tens of kilobytes to send and decode before every release.
 */
export const PRINTER_ATTRIBUTES_READ = [
  'printer-make-and-model',
  'printer-name',
  'print-color-mode-supported',
  'color-supported',
  'sides-supported',
  'copies-supported',
  'finishings-supported',
  'media-supported',
  'media-default',
  'number-up-supported',
  'document-format-supported',
  'printer-state',
  'printer-state-reasons',
  'printer-is-accepting-jobs',
] as const;

const MONO_KEYWORDS = ['monochrome', 'auto-monochrome', 'process-monochrome', 'bi-level', 'process-bi-level'];

/** What a printer can do, from its Get-Printer-Attributes answer (PWG 5100.14 attributes). */
export function capabilitiesFromIpp(p: AttributeMap): PrinterCapabilities {
  const colorKeywords = p.strings('print-color-mode-supported');
  const colorModes: ColorMode[] = [];
  if (colorKeywords.length > 0) {
    if (colorKeywords.includes('color')) colorModes.push('color');
    if (colorKeywords.some((k) => MONO_KEYWORDS.includes(k))) colorModes.push('monochrome');
  } else {
    if (p.bool('color-supported')) colorModes.push('color');
    colorModes.push('monochrome');
  }
  const sides = p
    .strings('sides-supported')
    .filter((s): s is Sides => (SIDES as readonly string[]).includes(s));
  const copies = p.range('copies-supported');
  return {
    makeAndModel: (p.string('printer-make-and-model') ?? p.string('printer-name') ?? 'Unknown printer').slice(
      0,
      256,
    ),
    colorModes: colorModes.length > 0 ? colorModes : ['monochrome'],
    sides: sides.length > 0 ? sides : ['one-sided'],
    copiesMax: Math.min(MAX_COPIES, Math.max(1, copies?.upper ?? 1)),
    finishings: p.ints('finishings-supported').filter((f) => f !== 3),
    media: p.strings('media-supported'),
    mediaDefault: p.string('media-default') ?? null,
    numberUp: numberUpOf(p),
    documentFormats: p.strings('document-format-supported'),
  };
}

/** `number-up-supported` is a list of integers or a range (RFC 8011 §5.2.9). */
function numberUpOf(p: AttributeMap): number[] {
  const range = p.range('number-up-supported');
  if (range) return NUMBER_UP.filter((n) => n >= range.lower && n <= range.upper);
  const values = p.ints('number-up-supported');
  return values.length > 0 ? values : [1];
}

/** A printer's state now, from `printer-state`, `printer-state-reasons`, `printer-is-accepting-jobs`. */
export function statusFromIpp(p: AttributeMap): PrinterStatus {
  const state = p.int('printer-state');
  return {
    state: state === 5 ? 'stopped' : state === 4 ? 'processing' : 'idle',
    reasons: p.strings('printer-state-reasons').filter((r) => r !== 'none'),
    acceptingJobs: p.bool('printer-is-accepting-jobs') ?? true,
  };
}
