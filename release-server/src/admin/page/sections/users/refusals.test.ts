import { createUserBodySchema, emailSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { errorsByField, fieldRefusals, issueProblems } from './refusals';

const badRequest = (message: string) => new ApiError('bad-request', message, 400);
const conflict = (message: string) => new ApiError('conflict', message, 409);

describe('fieldRefusals', () => {
  it.each([
    // services/user-admin.ts: the import's rules, in the API's field names, several at once.
    [
      badRequest('firstName is longer than 255 characters; shortname must not contain @ or spaces.'),
      [
        { field: 'firstName', reason: { kind: 'too-long', max: 255 } },
        { field: 'shortname', reason: { kind: 'shortname-chars' } },
      ],
    ],
    [badRequest('email "ada" is not an email address.'), [{ field: 'email', reason: { kind: 'not-email' } }]],
    [badRequest('email is required.'), [{ field: 'email', reason: { kind: 'required' } }]],
    [
      badRequest('department must not contain control characters.'),
      [{ field: 'department', reason: { kind: 'control-chars' } }],
    ],
    [
      badRequest('group "aaaaaaaaaaaaaaaaaaaa..." is longer than 255 characters.'),
      [{ field: 'groups', reason: { kind: 'too-long', max: 255 } }],
    ],
    [
      badRequest('[delete] is not allowed on password.'),
      [{ field: 'password', reason: { kind: 'server', text: '[delete] is not allowed on password' } }],
    ],
    // admin/body.ts: the protocol schema's first problem, `field: words.`
    [
      badRequest('password: must be at least 10 characters.'),
      [{ field: 'password', reason: { kind: 'too-short', min: 10 } }],
    ],
    [badRequest('groups.3: Too big.'), [{ field: 'groups', reason: { kind: 'server', text: 'Too big' } }]],
    [badRequest('body: invalid.'), []],
    [badRequest('The body is not valid JSON.'), []],
    // admin/panel-settings.ts and the groups routes.
    [
      badRequest('delegates: there is no user nobody@example.com.'),
      [{ field: 'delegates', reason: { kind: 'no-user', name: 'nobody@example.com' } }],
    ],
    [
      badRequest('delegates: a user cannot be their own delegate.'),
      [{ field: 'delegates', reason: { kind: 'own-delegate' } }],
    ],
    [badRequest('name: a group needs a name.'), [{ field: 'name', reason: { kind: 'required' } }]],
    // Conflicts that name a field; the last administrator names none.
    [conflict('ali@example.com already exists.'), [{ field: 'email', reason: { kind: 'exists' } }]],
    [
      conflict('shortname "ali" is already used by ali@example.com.'),
      [{ field: 'shortname', reason: { kind: 'taken', by: 'ali@example.com' } }],
    ],
    [conflict('There is already a group "Finance".'), [{ field: 'name', reason: { kind: 'group-exists' } }]],
    [conflict('ada@example.com is the last administrator: make another account an administrator first.'), []],
    [new ApiError('not-found', 'There is no user x@example.com.', 404), []],
    [new Error('boom'), []],
  ])('%s', (error, expected) => {
    expect(fieldRefusals(error)).toEqual(expected);
  });
});

describe('issueProblems', () => {
  it('says what the protocol schema found as the server would', () => {
    const parsed = createUserBodySchema.safeParse({
      email: 'ana@example.com',
      password: 'short',
      groups: ['x'.repeat(301)],
    });
    expect(parsed.success).toBe(false);
    expect(issueProblems(parsed.error!.issues)).toEqual([
      { field: 'password', reason: { kind: 'too-short', min: 10 } },
      { field: 'groups.0', reason: { kind: 'too-long', max: 300 } },
    ]);
  });

  it('reads an email the schema refuses as no email address', () => {
    const parsed = emailSchema.safeParse('ana');
    expect(issueProblems(parsed.error!.issues)).toEqual([{ field: '', reason: { kind: 'not-email' } }]);
  });
});

describe('errorsByField', () => {
  it('keeps the first reason of each field, in words', () => {
    const error = badRequest(
      'shortname is longer than 255 characters; shortname must not contain @ or spaces.',
    );
    expect(errorsByField(fieldRefusals(error), (r) => r.kind)).toEqual({ shortname: 'too-long' });
  });
});
