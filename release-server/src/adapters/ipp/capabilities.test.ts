import { A, AttributeMap } from '@quire/protocol/ipp';
import { describe, expect, it } from 'vitest';
import { capabilitiesFromIpp, PRINTER_ATTRIBUTES_READ, statusFromIpp } from './capabilities';

describe('capabilitiesFromIpp', () => {
  it('reads a colour duplex printer with a finisher', () => {
    const caps = capabilitiesFromIpp(
      new AttributeMap([
        A.text('printer-make-and-model', 'Acme 9000'),
        A.keyword('print-color-mode-supported', 'auto', 'color', 'monochrome'),
        A.keyword('sides-supported', 'one-sided', 'two-sided-long-edge', 'bogus'),
        A.range('copies-supported', 1, 9999),
        A.enum('finishings-supported', 3, 4, 5, 20),
        A.keyword('media-supported', 'iso_a4_210x297mm'),
        A.keyword('media-default', 'iso_a4_210x297mm'),
        {
          name: 'number-up-supported',
          values: [{ syntax: 'rangeOfInteger', value: { lower: 1, upper: 4 } }],
        },
        A.mimeMediaType('document-format-supported', 'application/pdf'),
      ]),
    );
    expect(caps).toEqual({
      makeAndModel: 'Acme 9000',
      colorModes: ['color', 'monochrome'],
      sides: ['one-sided', 'two-sided-long-edge'],
      copiesMax: 999,
      finishings: [4, 5, 20],
      media: ['iso_a4_210x297mm'],
      mediaDefault: 'iso_a4_210x297mm',
      numberUp: [1, 2, 4],
      documentFormats: ['application/pdf'],
    });
  });

  it('assumes the least when a printer says little', () => {
    expect(capabilitiesFromIpp(new AttributeMap([A.boolean('color-supported', false)]))).toMatchObject({
      makeAndModel: 'Unknown printer',
      colorModes: ['monochrome'],
      sides: ['one-sided'],
      copiesMax: 1,
      numberUp: [1],
    });
  });

  it('reads the state', () => {
    expect(
      statusFromIpp(
        new AttributeMap([
          A.enum('printer-state', 5),
          A.keyword('printer-state-reasons', 'media-jam-error'),
          A.boolean('printer-is-accepting-jobs', true),
        ]),
      ),
    ).toEqual({ state: 'stopped', reasons: ['media-jam-error'], acceptingJobs: true });
    expect(statusFromIpp(new AttributeMap([A.keyword('printer-state-reasons', 'none')]))).toEqual({
      state: 'idle',
      reasons: [],
      acceptingJobs: true,
    });
  });
});

describe('PRINTER_ATTRIBUTES_READ', () => {
  it('names every attribute the capabilities and the state are read from, so the printer is asked for them', () => {
    const looked = new Set<string>();
    const map = new AttributeMap([]);
    // Every accessor of AttributeMap finds attributes through this map: record what it is asked for.
    (map as unknown as { byName: Map<string, unknown> }).byName = new (class extends Map<string, never> {
      override get(name: string) {
        looked.add(name);
        return undefined;
      }
    })();
    capabilitiesFromIpp(map);
    statusFromIpp(map);
    expect([...looked].sort()).toEqual([...PRINTER_ATTRIBUTES_READ].sort());
  });
});
