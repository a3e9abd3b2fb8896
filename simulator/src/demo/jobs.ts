import type { Sides } from '@quire/protocol';

/** A job the demo holds for a user on first start, so the panel has something to show at once. */
export interface DemoJob {
  owner: string;
  name: string;
  copies?: number;
  sides?: Sides;
  /** `print-color-mode` keyword. */
  colorMode?: 'color' | 'monochrome';
  finishings?: number[];
}

export const DEMO_JOBS: readonly DemoJob[] = [
  { owner: 'alice', name: 'Welcome to Quire' },
  {
    owner: 'alice',
    name: 'Sales figures Q3',
    copies: 2,
    sides: 'two-sided-long-edge',
    colorMode: 'monochrome',
  },
  { owner: 'bob', name: 'Welcome to Quire' },
  {
    owner: 'bob',
    name: 'Architecture review',
    colorMode: 'color',
    sides: 'two-sided-long-edge',
    finishings: [4],
  },
  { owner: 'chloe', name: 'Welcome to Quire', colorMode: 'monochrome' },
];
