import { describe, expect, it } from 'vitest';
import { loadSimConfig, printerPort } from './config';

describe('loadSimConfig', () => {
  it('has defaults, and ignores the release server variables', () => {
    expect(loadSimConfig({ PORT: '8080' })).toEqual({ basePort: 8631, processingMs: 1000 });
  });

  it('gives each printer the next port, or free ports with 0', () => {
    const c = loadSimConfig({ SIM_PORT: '9000', SIM_PROCESSING_MS: '0' });
    expect([printerPort(c, 0), printerPort(c, 1)]).toEqual([9000, 9001]);
    expect(printerPort(loadSimConfig({ SIM_PORT: '0' }), 1)).toBe(0);
  });

  it.each([
    ['SIM_PORT', 'abc'],
    ['SIM_PORT', '70000'],
    ['SIM_PROCESSING_MS', '-1'],
  ])('refuses %s=%s naming it', (name, value) => {
    expect(() => loadSimConfig({ [name]: value })).toThrow(name);
  });
});
