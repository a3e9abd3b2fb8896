import {
  AppError,
  type ColorMode,
  DEFAULT_SETTINGS,
  type ErrorCode,
  type JobSettings,
  type PrinterCapabilities,
  type SettingsPatch,
} from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { applyPatch, finishingFamily, fitToPrinter } from './settings';

const colourDuplexFinisher: PrinterCapabilities = {
  makeAndModel: 'Acme Colour',
  colorModes: ['color', 'monochrome'],
  sides: ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
  copiesMax: 99,
  finishings: [4, 5, 20],
  media: ['iso_a4_210x297mm', 'iso_a3_297x420mm'],
  mediaDefault: 'iso_a4_210x297mm',
  numberUp: [1, 2, 4],
  documentFormats: ['application/pdf'],
};
const monoSimplex: PrinterCapabilities = {
  ...colourDuplexFinisher,
  makeAndModel: 'Acme Mono',
  colorModes: ['monochrome'],
  sides: ['one-sided'],
  copiesMax: 9,
  finishings: [],
  numberUp: [1],
};
const job = (s: Partial<JobSettings> = {}): JobSettings => ({ ...DEFAULT_SETTINGS, ...s });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not-an-app-error';
  }
  return undefined;
}

describe('applyPatch: late-binding edits at the panel', () => {
  const allowed: [
    string,
    JobSettings,
    SettingsPatch,
    ColorMode,
    PrinterCapabilities | null,
    Partial<JobSettings>,
  ][] = [
    ['copies', job(), { copies: 3 }, 'color', colourDuplexFinisher, { copies: 3 }],
    [
      'two-sided',
      job(),
      { sides: 'two-sided-long-edge' },
      'color',
      colourDuplexFinisher,
      { sides: 'two-sided-long-edge' },
    ],
    [
      'colour to mono',
      job(),
      { colorMode: 'monochrome' },
      'color',
      colourDuplexFinisher,
      { colorMode: 'monochrome' },
    ],
    [
      'mono back to colour when sent in colour',
      job({ colorMode: 'monochrome' }),
      { colorMode: 'color' },
      'color',
      colourDuplexFinisher,
      { colorMode: 'color' },
    ],
    ['staple', job(), { finishings: [4] }, 'color', colourDuplexFinisher, { finishings: [4] }],
    ['without a printer, only the colour rule', job(), { copies: 500 }, 'color', null, { copies: 500 }],
  ];
  it.each(allowed)('allows %s', (_name, current, patch, submitted, printer, expected) => {
    expect(applyPatch(current, patch, submitted, printer)).toEqual({ ...current, ...expected });
  });

  const refused: [string, SettingsPatch, ColorMode, PrinterCapabilities, ErrorCode][] = [
    [
      'colour for a job sent in black and white',
      { colorMode: 'color' },
      'monochrome',
      colourDuplexFinisher,
      'invalid-settings',
    ],
    ['more copies than the printer allows', { copies: 10 }, 'color', monoSimplex, 'settings-not-supported'],
    [
      'two-sided on a simplex printer',
      { sides: 'two-sided-short-edge' },
      'color',
      monoSimplex,
      'settings-not-supported',
    ],
    ['colour on a mono printer', { colorMode: 'color' }, 'color', monoSimplex, 'settings-not-supported'],
    [
      'a finishing the printer lacks',
      { finishings: [10] },
      'color',
      colourDuplexFinisher,
      'settings-not-supported',
    ],
  ];
  it.each(refused)('refuses %s', (_name, patch, submitted, printer, code) => {
    expect(codeOf(() => applyPatch(job(), patch, submitted, printer))).toBe(code);
  });

  it('says what the printer cannot do in words', () => {
    expect(() => applyPatch(job(), { finishings: [10, 93] }, 'color', colourDuplexFinisher)).toThrow(
      'This printer cannot fold.',
    );
    expect(() => applyPatch(job(), { copies: 12 }, 'color', monoSimplex)).toThrow(
      'This printer prints at most 9 copies.',
    );
  });
});

describe('fitToPrinter: settings fitted to the printer a job is released to', () => {
  it('leaves settings the printer supports alone', () => {
    const s = job({
      copies: 2,
      sides: 'two-sided-long-edge',
      finishings: [4],
      media: 'iso_a3_297x420mm',
      numberUp: 2,
    });
    expect(fitToPrinter(s, colourDuplexFinisher)).toEqual({ settings: s, adjustments: [] });
  });

  it('degrades colour, sides, finishing, media and n-up, and says so', () => {
    const s = job({
      sides: 'two-sided-long-edge',
      finishings: [4, 5],
      media: 'iso_a3_297x420mm',
      numberUp: 2,
    });
    const fitted = fitToPrinter(s, { ...monoSimplex, media: ['iso_a4_210x297mm'] });
    expect(fitted.settings).toEqual({
      ...s,
      colorMode: 'monochrome',
      sides: 'one-sided',
      finishings: [],
      media: null,
      numberUp: 1,
    });
    expect(fitted.adjustments).toEqual([
      'printed in black and white',
      'printed one-sided',
      'not stapled or punched',
      'printed on iso_a4_210x297mm',
      'printed one page per side',
    ]);
  });

  it('refuses more copies than the printer allows rather than printing fewer', () => {
    expect(() => fitToPrinter(job({ copies: 10 }), monoSimplex)).toThrow(
      /at most 9 copies of a job; 10 were asked for/,
    );
  });
});

describe('finishingFamily', () => {
  it.each([
    [4, 'staple'],
    [22, 'staple'],
    [5, 'punch'],
    [83, 'punch'],
    [10, 'fold'],
    [101, 'fold'],
    [7, null],
  ])('%i is %s', (value, family) => {
    expect(finishingFamily(value)).toBe(family);
  });
});
