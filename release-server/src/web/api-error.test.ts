import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, errorFromAnswer, parseAnswer } from './api-error';
import { errorWords } from './error-words';
import { signInProblem, waitSeconds } from './password-sign-in';

describe('errorFromAnswer', () => {
  it('keeps the server’s code and sentence', () => {
    const e = errorFromAnswer(
      409,
      JSON.stringify({ code: 'conflict', message: 'Badge taken.' }),
      'unauthorized',
    );
    expect([e.code, e.message, e.status]).toEqual(['conflict', 'Badge taken.', 409]);
  });

  it('names a bare 401 as the page asks, and anything else not understood', () => {
    expect(errorFromAnswer(401, '<html>', 'not-signed-in').code).toBe('not-signed-in');
    expect(errorFromAnswer(502, '<html>', 'not-signed-in').code).toBe('bad-answer');
    expect(
      errorFromAnswer(400, JSON.stringify({ code: 'no-such-code', message: 'x' }), 'unauthorized').code,
    ).toBe('bad-answer');
  });
});

it('parseAnswer refuses an answer its schema does not describe', () => {
  expect(parseAnswer(z.object({ n: z.number() }), { n: 2 }, 200)).toEqual({ n: 2 });
  expect(() => parseAnswer(z.object({ n: z.number() }), { n: '2' }, 200)).toThrow(ApiError);
});

describe('errorWords', () => {
  const t = {
    errors: { network: 'No network.', badAnswer: 'Odd answer.', unexpected: 'Unexpected.' },
    serverErrors: { conflict: 'Conflit.' },
  };
  it('says the page’s own words, the translated code, or the server’s sentence', () => {
    expect(errorWords(new ApiError('network', 'x', 0), t)).toBe('No network.');
    expect(errorWords(new ApiError('bad-answer', 'x', 200), t)).toBe('Odd answer.');
    expect(errorWords(new Error('boom'), t)).toBe('Unexpected.');
    expect(errorWords(new ApiError('conflict', 'Badge taken.', 409), t)).toBe('Conflit.');
    expect(errorWords(new ApiError('conflict', 'Badge taken.', 409), t, new Set(['conflict']))).toBe(
      'Conflit. (Badge taken.)',
    );
    expect(errorWords(new ApiError('forbidden', 'Not yours.', 403), t)).toBe('Not yours.');
  });
});

describe('signing in', () => {
  it('reads how long the server blocks', () => {
    expect(waitSeconds('Too many attempts. Try again in 42 seconds.')).toBe(42);
    expect(waitSeconds('Try again in 1 second.')).toBe(1);
    expect(waitSeconds('Try again later.')).toBeNull();
  });

  it('tells a wrong password, a block, no server and anything else apart', () => {
    expect(signInProblem(new ApiError('bad-credentials', 'x', 401))).toEqual({ kind: 'wrong' });
    expect(signInProblem(new ApiError('too-many-attempts', 'Try again in 9 seconds.', 429))).toEqual({
      kind: 'too-many',
      seconds: 9,
      message: 'Try again in 9 seconds.',
    });
    expect(signInProblem(new ApiError('network', 'x', 0))).toEqual({ kind: 'unreachable' });
    const other = new ApiError('forbidden', 'x', 403);
    expect(signInProblem(other)).toEqual({ kind: 'error', error: other });
  });
});
