import { type ColorMode, NUMBER_UP, type Sides } from '@quire/protocol';
import { type AttributeMap, type IppAttribute, type IppValue, mediaFromCol } from '@quire/protocol/ipp';
import { type Capabilities, capabilitiesOf } from './capabilities';
import type { SimPrinterOptions } from './options';

/** `print-color-mode` keywords (PWG 5100.13 §5.2.3) and whether each may put colour on paper. */
const COLOR_OF: Record<string, ColorMode> = {
  auto: 'color',
  color: 'color',
  highlight: 'color',
  'auto-monochrome': 'monochrome',
  'bi-level': 'monochrome',
  monochrome: 'monochrome',
  'process-bi-level': 'monochrome',
  'process-monochrome': 'monochrome',
};

/** The job template a printed job ran with: what arrived, with unsupported values replaced by defaults. */
export interface JobTemplate {
  copies: number;
  sides: Sides;
  /** The `print-color-mode` keyword as received (or the default), echoed in job attributes. */
  printColorMode: string;
  colorMode: ColorMode;
  /** `finishings` without 3 (`none`). */
  finishings: number[];
  /** `media`, or the name of the `media-col` size; null when the job named none. */
  media: string | null;
  numberUp: number;
}

export interface ReadTemplate {
  template: JobTemplate;
  /** Attributes or values this printer cannot honour, for the unsupported-attributes group (RFC 8011 §4.1.7). */
  unsupported: IppAttribute[];
}

type Check = (a: AttributeMap, name: string, caps: Capabilities) => boolean;

const one = (a: AttributeMap, name: string): IppValue | undefined =>
  a.get(name)?.values.length === 1 ? a.get(name)?.values[0] : undefined;
const intIn =
  (allowed: (caps: Capabilities) => readonly number[]): Check =>
  (a, name, caps) => {
    const v = one(a, name);
    return (v?.syntax === 'integer' || v?.syntax === 'enum') && allowed(caps).includes(v.value);
  };
const keywordIn =
  (allowed: (caps: Capabilities) => readonly string[]): Check =>
  (a, name, caps) => {
    const v = one(a, name);
    return v?.syntax === 'keyword' && allowed(caps).includes(v.value);
  };

/**
 * Job template attributes this printer honours (RFC 8011 §5.2, PWG 5100.13), each with its check against
 * what the printer advertises. Anything else is reported back as unsupported.
 */
const CHECKS: Record<string, Check> = {
  copies: (a, name, caps) => {
    const v = one(a, name);
    return v?.syntax === 'integer' && v.value >= 1 && v.value <= caps.copiesMax;
  },
  sides: keywordIn((c) => c.sides),
  'print-color-mode': keywordIn((c) => c.colorModes),
  finishings: (a, name, caps) => {
    const values = a.get(name)?.values ?? [];
    return values.length > 0 && values.every((v) => v.syntax === 'enum' && caps.finishings.includes(v.value));
  },
  media: keywordIn((c) => c.media),
  'media-col': (a, name, caps) => mediaFromCol(a.get(name)!, caps.media) !== null,
  'number-up': intIn(() => NUMBER_UP),
  'output-bin': keywordIn((c) => c.outputBins),
  'multiple-document-handling': keywordIn((c) => c.documentHandling),
  'print-quality': intIn(() => [3, 4, 5]),
  'orientation-requested': intIn(() => [3, 4, 5, 6]),
  'print-scaling': keywordIn(() => ['auto', 'auto-fit', 'fill', 'fit', 'none']),
  'page-ranges': (a, name) => (a.get(name)?.values ?? []).every((v) => v.syntax === 'rangeOfInteger'),
  'job-priority': (a, name) => {
    const v = one(a, name);
    return v?.syntax === 'integer' && v.value >= 1 && v.value <= 100;
  },
  'printer-resolution': (a, name) => {
    const v = one(a, name);
    return (
      v?.syntax === 'resolution' &&
      v.value.units === 3 &&
      [300, 600].includes(v.value.x) &&
      v.value.x === v.value.y
    );
  },
};

/** The template attributes a Print-Job, or a Validate-Job, asks for, checked against this printer. */
export function readJobTemplate(job: AttributeMap, options: SimPrinterOptions): ReadTemplate {
  const caps = capabilitiesOf(options);
  const unsupported: IppAttribute[] = [];
  const ok = new Set<string>();
  for (const attribute of job.attributes) {
    const check = CHECKS[attribute.name];
    if (check?.(job, attribute.name, caps)) ok.add(attribute.name);
    else unsupported.push(attribute);
  }
  // `media` wins over `media-col` when both are sent, as in ippeveprinter.
  const media = ok.has('media')
    ? job.string('media')!
    : ok.has('media-col')
      ? mediaFromCol(job.get('media-col')!, caps.media)
      : null;
  const printColorMode = ok.has('print-color-mode') ? job.string('print-color-mode')! : caps.colorModeDefault;
  return {
    template: {
      copies: ok.has('copies') ? job.int('copies')! : 1,
      sides: ok.has('sides') ? (job.string('sides') as Sides) : 'one-sided',
      printColorMode,
      colorMode: options.color ? (COLOR_OF[printColorMode] ?? 'color') : 'monochrome',
      finishings: ok.has('finishings') ? [...new Set(job.ints('finishings').filter((f) => f !== 3))] : [],
      media,
      numberUp: ok.has('number-up') ? job.int('number-up')! : 1,
    },
    unsupported,
  };
}
