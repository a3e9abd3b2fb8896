import { DEFAULT_POLICIES, DEFAULT_SETTINGS, type JobView, type PrinterCapabilities } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  draftOf,
  editOptions,
  finishingOptions,
  hasFinishing,
  settingsPatch,
  stepCopies,
  toggleFinishing,
  toggleSides,
} from './edit-options';

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
  cost: null,
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
    expect(editOptions(j, c, DEFAULT_POLICIES)).toEqual({
      copiesMax: c.copiesMax,
      copies: true,
      finishings: [],
      ...expected,
    });
  });

  it('locks copies when the policy says so', () => {
    expect(editOptions(job(), caps(), { ...DEFAULT_POLICIES, editCopies: false }).copies).toBe(false);
  });
});

describe('finishingOptions', () => {
  it.each<[string, number[], [string, number][]]>([
    ['no finisher', [], []],
    // The demo's sim-color: staple, punch, staple-top-left, punch-dual-left.
    [
      'staple and punch (sim-color)',
      [4, 5, 20, 74],
      [
        ['staple', 4],
        ['punch', 5],
      ],
    ],
    ['only positioned staples: the first one in the table', [22, 20], [['staple', 20]]],
    ['only a dual-left punch', [74], [['punch', 74]]],
    ['fold', [10, 93], [['fold', 10]]],
    ['letter fold only', [96], [['fold', 96]]],
    [
      'everything, in staple/punch/fold order',
      [10, 5, 4],
      [
        ['staple', 4],
        ['punch', 5],
        ['fold', 10],
      ],
    ],
    ['finishings of no family (bind, trim)', [7, 11, 50], []],
  ])('%s', (_, finishings, expected) => {
    expect(finishingOptions(caps({ finishings }))).toEqual(
      expected.map(([family, value]) => ({ family, value })),
    );
  });
});

describe('toggleFinishing', () => {
  const staple = { family: 'staple', value: 4 } as const;
  it.each<[string, number[], number[]]>([
    ['on', [], [4]],
    ['off', [4], []],
    ['off removes a positioned staple the job came with', [20, 5], [5]],
    ['on keeps the other families', [5], [5, 4]],
  ])('%s', (_, before, after) => {
    expect(toggleFinishing(before, staple)).toEqual(after);
  });

  it('sees any value of the family', () => {
    expect(hasFinishing([21], 'staple')).toBe(true);
    expect(hasFinishing([5], 'staple')).toBe(false);
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

  it('sends finishings only when the set changed', () => {
    const j = job({}, { finishings: [4, 5] });
    expect(settingsPatch(j, { ...draftOf(j), finishings: [5, 4] })).toEqual({});
    expect(settingsPatch(j, { ...draftOf(j), finishings: [5] })).toEqual({ finishings: [5] });
    expect(settingsPatch(job(), { ...draftOf(job()), finishings: [4] })).toEqual({ finishings: [4] });
  });
});
