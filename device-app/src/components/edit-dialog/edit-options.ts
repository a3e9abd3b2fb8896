import {
  type ColorMode,
  FINISHING_FAMILIES,
  type FinishingFamily,
  type JobView,
  type Policies,
  type PrinterCapabilities,
  type SettingsPatch,
  type Sides,
} from '@quire/protocol';

/** One finishing switch: its family, and the `finishings` value sent when it is on. */
export interface FinishingOption {
  family: FinishingFamily;
  value: number;
}

/** Which settings the dialog offers for this job on this printer (PRODUCT.md §5.4). */
export interface EditOptions {
  copiesMax: number;
  /** False when the policy locks copies: the stepper is shown disabled, with the reason. */
  copies: boolean;
  twoSided: boolean;
  mono: boolean;
  finishings: FinishingOption[];
}

const FAMILIES = Object.keys(FINISHING_FAMILIES) as FinishingFamily[];
const inFamily = (family: FinishingFamily, value: number): boolean =>
  (FINISHING_FAMILIES[family] as readonly number[]).includes(value);

/**
 * Staple, punch and fold, each offered only when the printer's `finishings-supported` holds a value of that
 * family (PWG 5100.1). The value sent is the family's first the printer supports, in the table's order: the
 * plain one (4 staple, 5 punch, 10 fold) when offered, else a positioned one (20 staple top left…).
 */
export function finishingOptions(caps: PrinterCapabilities): FinishingOption[] {
  return FAMILIES.flatMap((family) => {
    const value = FINISHING_FAMILIES[family].find((v) => caps.finishings.includes(v));
    return value === undefined ? [] : [{ family, value }];
  });
}

export function editOptions(job: JobView, caps: PrinterCapabilities, policies: Policies): EditOptions {
  return {
    copiesMax: caps.copiesMax,
    copies: policies.editCopies,
    twoSided: caps.sides.includes('two-sided-long-edge'),
    // Colour -> black and white is always allowed; a job sent in black and white never becomes colour,
    // and a printer with one colour mode leaves nothing to choose.
    mono:
      job.submittedColor === 'color' &&
      caps.colorModes.includes('color') &&
      caps.colorModes.includes('monochrome'),
    finishings: finishingOptions(caps),
  };
}

export interface Draft {
  copies: number;
  sides: Sides;
  colorMode: ColorMode;
  finishings: readonly number[];
}

export const draftOf = (job: JobView): Draft => ({
  copies: job.settings.copies,
  sides: job.settings.sides,
  colorMode: job.settings.colorMode,
  finishings: job.settings.finishings,
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

/** Whether a finishing of this family is on (any of its values: a job may arrive with "staple top left"). */
export const hasFinishing = (finishings: readonly number[], family: FinishingFamily): boolean =>
  finishings.some((v) => inFamily(family, v));

/** A finishing switch tapped: off removes every value of its family, on adds the option's value. */
export function toggleFinishing(finishings: readonly number[], option: FinishingOption): number[] {
  if (hasFinishing(finishings, option.family)) return finishings.filter((v) => !inFamily(option.family, v));
  return [...finishings, option.value];
}

const sameSet = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v) => b.includes(v));

/** Only what changed, so the server is not asked to check settings nobody touched. */
export function settingsPatch(job: JobView, draft: Draft): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.copies !== job.settings.copies) patch.copies = draft.copies;
  if (draft.sides !== job.settings.sides) patch.sides = draft.sides;
  if (draft.colorMode !== job.settings.colorMode) patch.colorMode = draft.colorMode;
  if (!sameSet(draft.finishings, job.settings.finishings)) patch.finishings = [...draft.finishings];
  return patch;
}
