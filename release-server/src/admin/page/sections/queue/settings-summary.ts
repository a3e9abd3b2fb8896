import type { JobSettings } from '@quire/protocol';
import { finishingWords, mediaName } from '../../lib/capabilities';
import type { Strings } from '../../lib/i18n';
import type { QueueWords } from './words';

/**
 * A held job's settings in a few words, as the person chose them when printing (before the release fits
 * them to a printer): "2 copies, two-sided, black and white, 2 pages per sheet, staple, A4". One page
 * per sheet and no finishing go unsaid; copies, sides and colour are always said.
 */
export function settingsSummary(s: JobSettings, t: Strings, w: QueueWords): string {
  const h = t.history;
  return [
    w.copies(s.copies),
    h.sides[s.sides] ?? s.sides,
    h.colorModes[s.colorMode] ?? s.colorMode,
    ...(s.numberUp > 1 ? [w.perSheet(s.numberUp)] : []),
    ...finishingWords(s.finishings, t),
    ...(s.media === null ? [] : [mediaName(s.media)]),
  ].join(', ');
}
