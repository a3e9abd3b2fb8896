import type { ColorMode, JobView, PrinterCapabilities, SettingsPatch, Sides } from '@quire/protocol';

/** Which settings the dialog offers for this job on this printer (PRODUCT.md §5.4). */
export interface EditOptions {
  copiesMax: number;
  twoSided: boolean;
  mono: boolean;
}

export function editOptions(job: JobView, caps: PrinterCapabilities): EditOptions {
  return {
    copiesMax: caps.copiesMax,
    twoSided: caps.sides.includes('two-sided-long-edge'),
    // Colour -> black and white is always allowed; a job sent in black and white never becomes colour,
    // and a printer with one colour mode leaves nothing to choose.
    mono:
      job.submittedColor === 'color' &&
      caps.colorModes.includes('color') &&
      caps.colorModes.includes('monochrome'),
  };
}

export interface Draft {
  copies: number;
  sides: Sides;
  colorMode: ColorMode;
}

export const draftOf = (job: JobView): Draft => ({
  copies: job.settings.copies,
  sides: job.settings.sides,
  colorMode: job.settings.colorMode,
});

/** Copies after a tap on − or +, kept within 1..max (a value already above max may only go down). */
export function stepCopies(copies: number, delta: -1 | 1, max: number): number {
  const next = copies + delta;
  if (next < 1) return 1;
  if (delta > 0 && next > max) return copies;
  return next;
}

/** The two-sided switch: on keeps a short-edge job short-edge; otherwise long edge, the usual portrait binding. */
export function toggleSides(draft: Draft, job: JobView): Sides {
  if (draft.sides !== 'one-sided') return 'one-sided';
  return job.settings.sides === 'two-sided-short-edge' ? 'two-sided-short-edge' : 'two-sided-long-edge';
}

/** Only what changed, so the server is not asked to check settings nobody touched. */
export function settingsPatch(job: JobView, draft: Draft): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.copies !== job.settings.copies) patch.copies = draft.copies;
  if (draft.sides !== job.settings.sides) patch.sides = draft.sides;
  if (draft.colorMode !== job.settings.colorMode) patch.colorMode = draft.colorMode;
  return patch;
}
