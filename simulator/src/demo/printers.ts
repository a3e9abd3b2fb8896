import type { SimPrinterInput } from '../printer';

/**
 * The demo's two printers: a small black-and-white one, and a colour one with duplex and a stapling and
 * punching finisher (staple, punch, staple-top-left, punch-dual-left), so the panel offers different
 * settings at each.
 */
export const DEMO_PRINTERS: readonly Omit<SimPrinterInput, 'port' | 'processingMs'>[] = [
  {
    name: 'sim-mono',
    makeAndModel: 'Quire Sim Mono 30',
    location: 'Floor 1, by the lifts',
    color: false,
    duplex: false,
    finishings: [],
  },
  {
    name: 'sim-color',
    makeAndModel: 'Quire Sim Color 60 with finisher',
    location: 'Floor 2, copy room',
    color: true,
    duplex: true,
    finishings: [4, 5, 20, 74],
  },
];
