import { A, AttributeMap } from '@quire/protocol/ipp';
import { describe, expect, it } from 'vitest';
import { readJobTemplate, writeJobTemplate } from './job-template';

const read = (...attrs: ReturnType<typeof A.integer>[]) => readJobTemplate(new AttributeMap(attrs));

describe('readJobTemplate: what a client asked for becomes the job settings', () => {
  it('takes the defaults when nothing is sent', () => {
    expect(read()).toEqual({
      settings: {
        copies: 1,
        sides: 'one-sided',
        colorMode: 'color',
        finishings: [],
        media: null,
        numberUp: 1,
      },
      submittedColor: 'color',
      unsupported: [],
    });
  });

  it('reads every modelled attribute', () => {
    const got = read(
      A.integer('copies', 4),
      A.keyword('sides', 'two-sided-short-edge'),
      A.keyword('print-color-mode', 'process-monochrome'),
      A.enum('finishings', 4, 3, 4, 74),
      A.keyword('media', 'iso_a3_297x420mm'),
      A.integer('number-up', 2),
    );
    expect(got.settings).toEqual({
      copies: 4,
      sides: 'two-sided-short-edge',
      colorMode: 'monochrome',
      finishings: [4, 74],
      media: 'iso_a3_297x420mm',
      numberUp: 2,
    });
    expect(got.submittedColor).toBe('monochrome');
    expect(got.unsupported).toEqual([]);
  });

  it.each([
    ['auto', 'color'],
    ['color', 'color'],
    ['highlight', 'color'],
    ['auto-monochrome', 'monochrome'],
    ['bi-level', 'monochrome'],
    ['monochrome', 'monochrome'],
  ])('print-color-mode %s may put %s on paper', (keyword, mode) => {
    expect(read(A.keyword('print-color-mode', keyword)).submittedColor).toBe(mode);
  });

  it('finds the media name of a media-col size (A4, within 1 mm)', () => {
    const col = A.collection('media-col', [
      A.collection('media-size', [A.integer('x-dimension', 20990), A.integer('y-dimension', 29700)]),
    ]);
    expect(read(col).settings.media).toBe('iso_a4_210x297mm');
  });

  it.each([
    A.integer('copies', 0),
    A.integer('copies', 1000),
    A.keyword('sides', 'three-sided'),
    A.keyword('print-color-mode', 'sepia'),
    A.enum('finishings', 7),
    A.keyword('media', 'na_tabloid_11x17in'),
    A.integer('number-up', 3),
    A.keyword('page-ranges', '1-2'),
    A.keyword('job-hold-until', 'indefinite'),
  ])('reports %j as unsupported and keeps the default', (attribute) => {
    const got = read(attribute);
    expect(got.unsupported).toEqual([attribute]);
    expect(got.settings.copies).toBe(1);
  });

  it('writes back what a printer needs, round-trip', () => {
    const settings = read(
      A.integer('copies', 2),
      A.enum('finishings', 20),
      A.keyword('media', 'iso_a4_210x297mm'),
    ).settings;
    expect(readJobTemplate(new AttributeMap(writeJobTemplate(settings))).settings).toEqual(settings);
  });
});
