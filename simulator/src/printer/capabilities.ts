import { SIDES, type Sides } from '@quire/protocol';
import type { SimPrinterOptions } from './options';

/** What one simulated printer supports, in IPP terms, derived once from its options. */
export interface Capabilities {
  copiesMax: number;
  sides: readonly Sides[];
  /** `print-color-mode-supported`. */
  colorModes: readonly string[];
  colorModeDefault: string;
  /** `finishings-supported`, 3 (`none`) included. */
  finishings: readonly number[];
  media: readonly string[];
  outputBins: readonly string[];
  documentHandling: readonly string[];
}

/**
 * A colour printer offers `auto`, `color` and `monochrome`; a mono-only one `auto` and `monochrome`
 * (PWG 5100.13 §6.2.3: `auto` and `monochrome` are always supported). Two-sided printers offer all three
 * `sides` keywords, others `one-sided` only.
 */
export function capabilitiesOf(o: SimPrinterOptions): Capabilities {
  return {
    copiesMax: o.copiesMax,
    sides: o.duplex ? SIDES : ['one-sided'],
    colorModes: o.color ? ['auto', 'color', 'monochrome'] : ['auto', 'monochrome'],
    colorModeDefault: o.color ? 'auto' : 'monochrome',
    finishings: [3, ...o.finishings.filter((f) => f !== 3)],
    media: o.media,
    outputBins: ['face-down'],
    documentHandling: ['separate-documents-collated-copies', 'separate-documents-uncollated-copies'],
  };
}
