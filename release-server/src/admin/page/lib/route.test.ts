import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, sameView } from './route';

describe('parseRoute', () => {
  it.each([
    ['', { section: 'fleet', path: [], params: {} }],
    ['#', { section: 'fleet', path: [], params: {} }],
    ['#/', { section: 'fleet', path: [], params: {} }],
    ['#/fleet?state=error', { section: 'fleet', path: [], params: { state: 'error' } }],
    ['#/fleet/sim-color', { section: 'fleet', path: ['sim-color'], params: {} }],
    ['#/fleet/a%20b/', { section: 'fleet', path: ['a b'], params: {} }],
    ['#/printers', { section: 'printers', path: [], params: {} }],
    ['#/nowhere/x', { section: null, path: ['x'], params: {} }],
    ['#/fleet/%E0%A4%A', { section: 'fleet', path: ['%E0%A4%A'], params: {} }],
    ['#?state=ok', { section: 'fleet', path: [], params: { state: 'ok' } }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });
});

describe('routeHash', () => {
  it.each([
    [['fleet'], '#/fleet'],
    [['fleet', [], { state: 'error' }], '#/fleet?state=error'],
    [['fleet', [], { state: undefined }], '#/fleet'],
    [['fleet', [], { state: '' }], '#/fleet'],
    [['fleet', ['sim color']], '#/fleet/sim%20color'],
  ] as const)('%j -> %s', (args, expected) => {
    expect(routeHash(...(args as unknown as Parameters<typeof routeHash>))).toBe(expected);
  });

  it('round-trips through parseRoute', () => {
    const hash = routeHash('fleet', ['sim-color'], { days: '7' });
    expect(parseRoute(hash)).toEqual({ section: 'fleet', path: ['sim-color'], params: { days: '7' } });
  });
});

describe('sameView', () => {
  it('ignores params, not the path', () => {
    expect(sameView(parseRoute('#/fleet?state=ok'), parseRoute('#/fleet'))).toBe(true);
    expect(sameView(parseRoute('#/fleet/a'), parseRoute('#/fleet'))).toBe(false);
    expect(sameView(parseRoute('#/printers'), parseRoute('#/fleet'))).toBe(false);
  });
});
