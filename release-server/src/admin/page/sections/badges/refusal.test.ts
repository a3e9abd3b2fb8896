import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { badgeRefusals } from './refusal';

const refused = (code: ConstructorParameters<typeof ApiError>[0], message: string, status = 400) =>
  badgeRefusals(new ApiError(code, message, status));

describe('a refused badge, read back by field', () => {
  // The server's own sentences (test/interop/admin-resources.test.ts, domain/badge-import.ts).
  it.each([
    [
      'bad-request',
      'badge must be 1-128 printable ASCII characters without spaces.',
      [{ field: 'badge', reason: { kind: 'badge-chars' } }],
    ],
    [
      'badge-taken',
      'Badge 2001 already belongs to alice@example.com.',
      [{ field: 'badge', reason: { kind: 'taken', owner: 'alice@example.com' } }],
    ],
    [
      'not-found',
      'There is no user nobody@example.com.',
      [{ field: 'email', reason: { kind: 'no-user', email: 'nobody@example.com' } }],
    ],
    [
      'bad-request',
      'badge is required; email "x" is not an email address.',
      [
        { field: 'badge', reason: { kind: 'required' } },
        { field: 'email', reason: { kind: 'not-email' } },
      ],
    ],
    [
      'bad-request',
      'email is required; email is longer than 254 characters.',
      [{ field: 'email', reason: { kind: 'required' } }],
    ],
    [
      'bad-request',
      'email is longer than 254 characters.',
      [{ field: 'email', reason: { kind: 'too-long', max: 254 } }],
    ],
  ] as const)('%s "%s"', (code, message, expected) => {
    expect(refused(code, message)).toEqual(expected);
  });

  it('leaves sentences it does not know, other codes and other errors to the status line', () => {
    expect(refused('bad-request', 'temporary must be true or false.')).toEqual([]);
    expect(refused('forbidden', 'Helpdesk accounts can look but not change settings.', 403)).toEqual([]);
    expect(badgeRefusals(new Error('no user x'))).toEqual([]);
  });
});
