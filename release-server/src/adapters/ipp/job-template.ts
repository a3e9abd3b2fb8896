import {
  type ColorMode,
  DEFAULT_SETTINGS,
  FINISHING_FAMILIES,
  type JobSettings,
  MAX_COPIES,
  NUMBER_UP,
  SIDES,
  type Sides,
} from '@quire/protocol';
import { A, type AttributeMap, type IppAttribute, MEDIA_SIZES, mediaFromCol } from '@quire/protocol/ipp';

/** `print-color-mode` keywords (PWG 5100.13 §5.2.3) and whether each may put colour on paper. */
const COLOR_KEYWORDS: Record<string, ColorMode> = {
  auto: 'color',
  color: 'color',
  highlight: 'color',
  'auto-monochrome': 'monochrome',
  'bi-level': 'monochrome',
  monochrome: 'monochrome',
  'process-bi-level': 'monochrome',
  'process-monochrome': 'monochrome',
};

/** Every finishing the queue accepts: `none` and the staple, punch and fold families. */
export const FINISHINGS_ACCEPTED: readonly number[] = [3, ...Object.values(FINISHING_FAMILIES).flat()];

/** Job template attributes the queue understands (RFC 8011 §5.2, PWG 5100.13). */
const MODELLED = new Set([
  'copies',
  'sides',
  'print-color-mode',
  'finishings',
  'media',
  'media-col',
  'number-up',
]);

export interface ReadTemplate {
  settings: JobSettings;
  submittedColor: ColorMode;
  /** Attributes or values the queue cannot honour, for the unsupported-attributes group. */
  unsupported: IppAttribute[];
}

/** Reads a job's settings from the job template attributes of a Print-Job, Validate-Job or Create-Job. */
export function readJobTemplate(job: AttributeMap): ReadTemplate {
  const settings: JobSettings = { ...DEFAULT_SETTINGS, finishings: [] };
  const unsupported: IppAttribute[] = [];
  const reject = (name: string): void => {
    const a = job.get(name);
    if (a) unsupported.push(a);
  };

  if (job.has('copies')) {
    const copies = job.int('copies');
    if (copies !== undefined && copies >= 1 && copies <= MAX_COPIES) settings.copies = copies;
    else reject('copies');
  }
  if (job.has('sides')) {
    const sides = job.string('sides');
    if (sides && (SIDES as readonly string[]).includes(sides)) settings.sides = sides as Sides;
    else reject('sides');
  }
  if (job.has('print-color-mode')) {
    const mode = COLOR_KEYWORDS[job.string('print-color-mode') ?? ''];
    if (mode) settings.colorMode = mode;
    else reject('print-color-mode');
  }
  if (job.has('finishings')) {
    const values = job.ints('finishings');
    if (values.length > 0 && values.every((v) => FINISHINGS_ACCEPTED.includes(v))) {
      settings.finishings = [...new Set(values.filter((v) => v !== 3))];
    } else reject('finishings');
  }
  if (job.has('media')) {
    const media = job.string('media');
    if (media && media in MEDIA_SIZES) settings.media = media;
    else reject('media');
  } else if (job.has('media-col')) {
    const media = mediaFromCol(job.get('media-col')!);
    if (media) settings.media = media;
    else reject('media-col');
  }
  if (job.has('number-up')) {
    const n = job.int('number-up');
    if (n !== undefined && (NUMBER_UP as readonly number[]).includes(n))
      settings.numberUp = n as JobSettings['numberUp'];
    else reject('number-up');
  }
  for (const attribute of job.attributes) {
    if (!MODELLED.has(attribute.name)) unsupported.push(attribute);
  }
  return { settings, submittedColor: settings.colorMode, unsupported };
}

/** The job template attributes a release sends to a printer (PRODUCT.md §6). */
export function writeJobTemplate(s: JobSettings): IppAttribute[] {
  const out = [
    A.integer('copies', s.copies),
    A.keyword('sides', s.sides),
    A.keyword('print-color-mode', s.colorMode),
    A.integer('number-up', s.numberUp),
  ];
  if (s.finishings.length > 0) out.push(A.enum('finishings', ...s.finishings));
  if (s.media) out.push(A.keyword('media', s.media));
  return out;
}
