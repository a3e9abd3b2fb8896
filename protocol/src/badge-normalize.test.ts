import { describe, expect, it } from 'vitest';
import { type BadgeReaderConfig, DEFAULT_BADGE_READER } from './badge';
import { type BadgeRejection, normalizeBadge } from './badge-normalize';

const reader = (over: Partial<BadgeReaderConfig> = {}): BadgeReaderConfig => ({
  ...DEFAULT_BADGE_READER,
  ...over,
});

describe('normalizeBadge', () => {
  it.each<[string, string, Partial<BadgeReaderConfig>, string]>([
    // STANDARDS.md §3 examples, exactly.
    ['Wiegand 26: raw 49685422 is 123:4567', '49685422', { input: 'decimal', wiegand26: true }, '123:4567'],
    ['Wiegand 26 from hex 0x2F623AE', '0x2F623AE', { input: 'hex', wiegand26: true }, '123:4567'],
    ['24-bit 8065495 is 0x7B11D7', '8065495', { input: 'decimal', output: 'hex' }, '7B11D7'],
    ['MIFARE E4 3A C9 D2 big-endian', 'E4 3A C9 D2', { input: 'hex', output: 'decimal' }, '3829058002'],
    [
      'MIFARE E4 3A C9 D2 little-endian',
      'E43AC9D2',
      { input: 'hex', reverseBytes: true, output: 'decimal' },
      '3536403172',
    ],
    [
      'the reversed decimal back to the big-endian number',
      '3536403172',
      { input: 'decimal', reverseBytes: true, output: 'decimal' },
      '3829058002',
    ],
    // 7-byte UIDs exceed 2^53 (9007199254740992): BigInt keeps every digit.
    [
      '7-byte UID to decimal',
      '04:A2:24:9A:BC:5E:80',
      { input: 'hex', output: 'decimal' },
      '1304178005401216',
    ],
    [
      '7-byte UID above 2^53 to decimal',
      'F4A2249ABC5E80',
      { input: 'hex', output: 'decimal' },
      '68858172415958656',
    ],
    [
      '7-byte UID above 2^53 back to hex',
      '68858172415958656',
      { input: 'decimal', output: 'hex' },
      'F4A2249ABC5E80',
    ],
    [
      '7-byte UID reversed',
      '04A2249ABC5E80',
      { input: 'hex', reverseBytes: true, output: 'hex' },
      '805EBC9A24A204',
    ],
    // Trimming, capture, zeros.
    ['terminator and spaces trimmed', ' 1001\r\n', {}, '1001'],
    ['a tab terminator', '1001\t', {}, '1001'],
    ['text kept as it is', 'ab-12', {}, 'ab-12'],
    ['PaperCut-style capture group', ';012345678?', { pattern: '^(?:;0)?(\\d{8})' }, '12345678'],
    ['whole match when the pattern has no group', 'ID:7788 end', { pattern: '\\d+' }, '7788'],
    ['decimal kept as typed when output is text', '0004567', { input: 'decimal' }, '0004567'],
    ['strip leading zeros', '0004567', { stripLeadingZeros: true }, '4567'],
    ['strip keeps a lone zero', '0000', { stripLeadingZeros: true }, '0'],
    ['pad to 10', '4567', { padTo: 10 }, '0000004567'],
    ['strip then pad', '0004567', { stripLeadingZeros: true, padTo: 6 }, '004567'],
    ['padding never shortens', '1234567', { padTo: 4 }, '1234567'],
    ['hex output keeps the width the reader wrote', '00ab', { input: 'hex', output: 'hex' }, '00AB'],
    ['hex output upper-case', 'e43ac9d2', { input: 'hex', output: 'hex' }, 'E43AC9D2'],
    [
      'hex reversed keeps the leading zero byte as a trailing one',
      '00AB',
      { input: 'hex', reverseBytes: true, output: 'hex' },
      'AB00',
    ],
    ['hex read as text output validates and keeps it', 'e43a', { input: 'hex' }, 'e43a'],
    ['Wiegand in hex parts', '49685422', { input: 'decimal', wiegand26: true, output: 'hex' }, '7B:11D7'],
    ['decimal to hex with padding', '255', { input: 'decimal', output: 'hex', padTo: 4 }, '00FF'],
  ])('%s', (_, raw, config, expected) => {
    expect(normalizeBadge(raw, reader(config))).toEqual({ ok: true, badge: expected });
  });

  it.each<[string, string, Partial<BadgeReaderConfig>, BadgeRejection]>([
    ['only a terminator', '\r\n', {}, 'empty'],
    ['only spaces', '   ', {}, 'empty'],
    ['an invalid pattern does not throw', '1001', { pattern: '(\\d+' }, 'bad-pattern'],
    ['no match', 'abc', { pattern: '^\\d+$' }, 'no-match'],
    ['an empty capture', 'x', { pattern: '^(\\d*)x' }, 'no-match'],
    ['letters as decimal', '12a4', { input: 'decimal' }, 'not-a-number'],
    ['a sign as decimal', '-12', { input: 'decimal', output: 'hex' }, 'not-a-number'],
    ['AZERTY digits typed as symbols', '&é"\'', { input: 'decimal' }, 'not-a-number'],
    ['not hex', 'E4 3G', { input: 'hex', output: 'decimal' }, 'not-a-number'],
    ['text cannot be converted', '1001', { output: 'hex' }, 'needs-number'],
    ['text cannot be reversed', '1001', { reverseBytes: true }, 'needs-number'],
    ['wider than 26 bits', String(1 << 26), { input: 'decimal', wiegand26: true }, 'not-wiegand26'],
    ['wrong parity (a misread)', '49685423', { input: 'decimal', wiegand26: true }, 'not-wiegand26'],
  ])('%s', (_, raw, config, reason) => {
    expect(normalizeBadge(raw, reader(config))).toMatchObject({ ok: false, reason });
  });

  it('refuses a badge longer than the protocol allows', () => {
    expect(normalizeBadge('7'.repeat(129), reader())).toMatchObject({ ok: false, reason: 'too-long' });
    expect(normalizeBadge('7'.repeat(128), reader())).toEqual({ ok: true, badge: '7'.repeat(128) });
  });

  it('says what is wrong with a bad pattern', () => {
    const result = normalizeBadge('1001', reader({ pattern: '[' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(/./);
  });
});
