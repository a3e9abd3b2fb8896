import { describe, expect, it } from 'vitest';
import { jobNameFrom, MAX_NAME_CHARS, UNNAMED } from './upload-name';

describe('jobNameFrom', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    [encodeURIComponent('Relevé de notes – été.pdf'), 'Relevé de notes – été.pdf'],
    [encodeURIComponent('C:\\fakepath\\scan.png'), 'scan.png'],
    [encodeURIComponent('../../etc/passwd'), 'passwd'],
    [encodeURIComponent('  spaced.pdf  '), 'spaced.pdf'],
    [encodeURIComponent('bell\u0007\nname.pdf'), 'bellname.pdf'],
    ['100%.pdf', '100%.pdf'],
    ['', UNNAMED],
    [encodeURIComponent('/'), UNNAMED],
  ])('%j names the job %j', (header, name) => {
    expect(jobNameFrom(header)).toBe(name);
  });

  it('names a document without a header', () => {
    expect(jobNameFrom(undefined)).toBe(UNNAMED);
  });

  it(`keeps at most ${MAX_NAME_CHARS} characters, never half an emoji`, () => {
    const name = jobNameFrom(encodeURIComponent('😀'.repeat(300)));
    expect([...name]).toHaveLength(MAX_NAME_CHARS);
    expect(name).toBe('😀'.repeat(MAX_NAME_CHARS));
  });
});
