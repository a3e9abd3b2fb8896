import {
  AppError,
  type ColorMode,
  FINISHING_FAMILIES,
  type JobSettings,
  type PrinterCapabilities,
  type SettingsPatch,
} from '@quire/protocol';

/**
 * Applies a panel edit to a job's settings (late binding, PRODUCT.md §5.4). Colour may be turned off but
 * never on for a job submitted in black and white; every value must be one the printer offers.
 */
export function applyPatch(
  current: JobSettings,
  patch: SettingsPatch,
  submittedColor: ColorMode,
  printer: PrinterCapabilities | null,
): JobSettings {
  const next: JobSettings = { ...current, ...patch, finishings: patch.finishings ?? current.finishings };
  if (patch.colorMode === 'color' && submittedColor !== 'color') {
    throw new AppError(
      'invalid-settings',
      'This document was sent in black and white; it cannot be printed in colour.',
    );
  }
  if (!printer) return next;
  if (patch.copies !== undefined && patch.copies > printer.copiesMax) {
    throw new AppError('settings-not-supported', `This printer prints at most ${printer.copiesMax} copies.`);
  }
  if (patch.sides !== undefined && !printer.sides.includes(patch.sides)) {
    throw new AppError('settings-not-supported', 'This printer cannot print two-sided.');
  }
  if (patch.colorMode !== undefined && !printer.colorModes.includes(patch.colorMode)) {
    throw new AppError('settings-not-supported', 'This printer has no colour.');
  }
  const missing = (patch.finishings ?? []).filter((f) => !printer.finishings.includes(f));
  if (missing.length > 0) {
    throw new AppError('settings-not-supported', `This printer cannot ${finishingWords(missing)}.`);
  }
  return next;
}

export interface Fitted {
  settings: JobSettings;
  /** What had to change for this printer, in words, e.g. "printed in black and white". */
  adjustments: string[];
}

/**
 * Fits a job's settings to the printer it is released to, checked against the printer's answer to
 * Get-Printer-Attributes just before sending. What can degrade gracefully does (colour to black and
 * white, two-sided to one-sided, a finishing the printer lacks is left out) and is reported; what
 * cannot (more copies than the printer allows) is refused.
 */
export function fitToPrinter(settings: JobSettings, printer: PrinterCapabilities): Fitted {
  const adjustments: string[] = [];
  const out: JobSettings = { ...settings };
  if (settings.copies > printer.copiesMax) {
    throw new AppError(
      'settings-not-supported',
      `This printer prints at most ${printer.copiesMax} ${printer.copiesMax === 1 ? 'copy' : 'copies'} of a job; ${settings.copies} were asked for.`,
    );
  }
  if (!printer.colorModes.includes(settings.colorMode)) {
    out.colorMode = printer.colorModes[0]!;
    adjustments.push(out.colorMode === 'monochrome' ? 'printed in black and white' : 'printed in colour');
  }
  if (!printer.sides.includes(settings.sides)) {
    out.sides = 'one-sided';
    adjustments.push('printed one-sided');
  }
  const dropped = settings.finishings.filter((f) => !printer.finishings.includes(f));
  if (dropped.length > 0) {
    out.finishings = settings.finishings.filter((f) => printer.finishings.includes(f));
    adjustments.push(`not ${finishingParticiple(dropped)}`);
  }
  if (settings.media !== null && printer.media.length > 0 && !printer.media.includes(settings.media)) {
    out.media = null;
    adjustments.push(`printed on ${printer.mediaDefault ?? 'the default paper'}`);
  }
  if (settings.numberUp !== 1 && !printer.numberUp.includes(settings.numberUp)) {
    out.numberUp = 1;
    adjustments.push('printed one page per side');
  }
  return { settings: out, adjustments };
}

type Family = keyof typeof FINISHING_FAMILIES;

export function finishingFamily(value: number): Family | null {
  for (const [family, values] of Object.entries(FINISHING_FAMILIES) as [Family, readonly number[]][]) {
    if (values.includes(value)) return family;
  }
  return null;
}

const VERB: Record<Family, [string, string]> = {
  staple: ['staple', 'stapled'],
  punch: ['punch holes', 'punched'],
  fold: ['fold', 'folded'],
};

function families(values: number[]): Family[] {
  return [...new Set(values.map(finishingFamily).filter((f): f is Family => f !== null))];
}

function finishingWords(values: number[]): string {
  const f = families(values);
  return f.length ? f.map((x) => VERB[x][0]).join(' or ') : 'apply this finishing';
}

function finishingParticiple(values: number[]): string {
  const f = families(values);
  return f.length ? f.map((x) => VERB[x][1]).join(' or ') : 'finished';
}
