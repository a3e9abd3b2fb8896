import { DEFAULT_SETTINGS, type JobView, type PrinterCapabilities } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { draftOf, editOptions, settingsPatch, stepCopies, toggleSides } from './edit-options';

const caps = (over: Partial<PrinterCapabilities> = {}): PrinterCapabilities => ({
  makeAndModel: 'Test',
  colorModes: ['color', 'monochrome'],
  sides: ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
  copiesMax: 10,
  finishings: [],
  media: [],
  mediaDefault: null,
  numberUp: [1],
  documentFormats: [],
  ...over,
});

const job = (over: Partial<JobView> = {}, settings: Partial<JobView['settings']> = {}): JobView => ({
  id: 1,
  name: 'Report',
  owner: 'ada',
  submittedAt: '2026-03-10T09:00:00.000Z',
  pages: 1,
  submittedColor: 'color',
  settings: { ...DEFAULT_SETTINGS, ...settings },
  size: 10,
  source: 'ipp',
  state: 'held',
  lastError: null,
  ...over,
});

describe('editOptions', () => {
  it.each<[string, JobView, PrinterCapabilities, { twoSided: boolean; mono: boolean }]>([
    ['colour job, full printer', job(), caps(), { twoSided: true, mono: true }],
    [
      'mono job: never offered colour',
      job({ submittedColor: 'monochrome' }, { colorMode: 'monochrome' }),
      caps(),
      { twoSided: true, mono: false },
    ],
    ['mono-only printer', job(), caps({ colorModes: ['monochrome'] }), { twoSided: true, mono: false }],
    ['simplex printer', job(), caps({ sides: ['one-sided'] }), { twoSided: false, mono: true }],
    [
      'short edge only',
      job(),
      caps({ sides: ['one-sided', 'two-sided-short-edge'] }),
      { twoSided: false, mono: true },
    ],
  ])('%s', (_, j, c, expected) => {
    expect(editOptions(j, c)).toEqual({ copiesMax: c.copiesMax, ...expected });
  });
});

describe('stepCopies', () => {
  it.each([
    [1, -1, 10, 1],
    [1, 1, 10, 2],
    [9, 1, 10, 10],
    [10, 1, 10, 10],
    [12, 1, 10, 12],
    [12, -1, 10, 11],
  ] as const)('%i %i (max %i) -> %i', (copies, delta, max, expected) => {
    expect(stepCopies(copies, delta, max)).toBe(expected);
  });
});

describe('toggleSides', () => {
  it.each([
    ['one-sided job on', 'one-sided', 'one-sided', 'two-sided-long-edge'],
    ['long edge off', 'two-sided-long-edge', 'two-sided-long-edge', 'one-sided'],
    ['short-edge job back on', 'two-sided-short-edge', 'one-sided', 'two-sided-short-edge'],
  ] as const)('%s', (_, jobSides, draftSides, expected) => {
    const j = job({}, { sides: jobSides });
    expect(toggleSides({ ...draftOf(j), sides: draftSides }, j)).toBe(expected);
  });
});

describe('settingsPatch', () => {
  it('holds only what changed', () => {
    const j = job({}, { copies: 2 });
    expect(settingsPatch(j, draftOf(j))).toEqual({});
    expect(settingsPatch(j, { ...draftOf(j), copies: 3, colorMode: 'monochrome' })).toEqual({
      copies: 3,
      colorMode: 'monochrome',
    });
    expect(settingsPatch(j, { ...draftOf(j), sides: 'two-sided-long-edge' })).toEqual({
      sides: 'two-sided-long-edge',
    });
  });
});
