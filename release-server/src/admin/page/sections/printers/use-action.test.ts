import { describe, expect, it } from 'vitest';
import { type ActionState, actionWords, statusClass } from './use-action';

const say = {
  busy: 'Sending…',
  done: (job: number) => `Accepted as job ${job}.`,
  failed: (error: unknown) => `Not sent: ${String(error)}`,
};

describe('what is said beside a button', () => {
  it.each<[ActionState<number>, string, string]>([
    [{ kind: 'idle' }, '', 'form-status form-idle'],
    [{ kind: 'busy' }, 'Sending…', 'form-status form-busy'],
    [{ kind: 'done', result: 12 }, 'Accepted as job 12.', 'form-status form-saved'],
    [{ kind: 'failed', error: 'no answer' }, 'Not sent: no answer', 'form-status form-failed'],
  ])('%o: "%s", %s', (state, words, css) => {
    expect(actionWords(state, say)).toBe(words);
    expect(statusClass(state)).toBe(css);
  });
});
