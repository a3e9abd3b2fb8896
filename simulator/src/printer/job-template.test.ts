import { A, AttributeMap, type IppAttribute } from '@quire/protocol/ipp';
import { describe, expect, it } from 'vitest';
import { readJobTemplate } from './job-template';
import { resolveOptions } from './options';

const color = resolveOptions({
  name: 'c',
  color: true,
  duplex: true,
  finishings: [4, 5, 20, 74],
  copiesMax: 99,
});
const mono = resolveOptions({ name: 'm', color: false, duplex: false });
const read = (options: typeof color, ...attributes: IppAttribute[]) =>
  readJobTemplate(new AttributeMap(attributes), options);

describe('readJobTemplate', () => {
  it('takes the defaults when the job names nothing', () => {
    expect(read(color).template).toEqual({
      copies: 1,
      sides: 'one-sided',
      printColorMode: 'auto',
      colorMode: 'color',
      finishings: [],
      media: null,
      numberUp: 1,
    });
    expect(read(mono).template.colorMode).toBe('monochrome');
  });

  it('keeps supported values exactly as received', () => {
    const { template, unsupported } = read(
      color,
      A.integer('copies', 3),
      A.keyword('sides', 'two-sided-long-edge'),
      A.keyword('print-color-mode', 'monochrome'),
      A.enum('finishings', 4, 74),
      A.keyword('media', 'iso_a3_297x420mm'),
      A.integer('number-up', 2),
      A.keyword('output-bin', 'face-down'),
    );
    expect(unsupported).toEqual([]);
    expect(template).toMatchObject({
      copies: 3,
      sides: 'two-sided-long-edge',
      colorMode: 'monochrome',
      finishings: [4, 74],
      media: 'iso_a3_297x420mm',
      numberUp: 2,
    });
  });

  it('names the media of a media-col by its size', () => {
    const col = A.collection('media-col', [
      A.collection('media-size', [A.integer('x-dimension', 21590), A.integer('y-dimension', 27940)]),
    ]);
    expect(read(color, col).template.media).toBe('na_letter_8.5x11in');
  });

  it.each([
    ['copies above the range', A.integer('copies', 100), color],
    ['copies of zero', A.integer('copies', 0), color],
    ['two-sided on a simplex printer', A.keyword('sides', 'two-sided-long-edge'), mono],
    ['colour on a mono printer', A.keyword('print-color-mode', 'color'), mono],
    ['a finishing the finisher lacks', A.enum('finishings', 10), color],
    ['any finishing without a finisher', A.enum('finishings', 4), mono],
    ['unknown media', A.keyword('media', 'iso_b0_1000x1414mm'), color],
    ['number-up 3', A.integer('number-up', 3), color],
    ['copies with the wrong syntax', A.keyword('copies', 'two'), color],
    ['an attribute it does not know', A.keyword('job-hold-until', 'indefinite'), color],
  ])('reports %s as unsupported and uses the default', (_what, attribute, options) => {
    const { template, unsupported } = read(options, attribute);
    expect(unsupported).toEqual([attribute]);
    expect(template).toEqual(read(options).template);
  });
});
