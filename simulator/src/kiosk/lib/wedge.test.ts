import { describe, expect, it } from 'vitest';
import { typeBadge } from './wedge';

describe('typeBadge', () => {
  it('dispatches one keydown per character, then Enter', () => {
    const keys: string[] = [];
    const target = {
      dispatchEvent: (e: Event) => {
        keys.push((e as Event & { key: string }).key);
        return true;
      },
    };
    typeBadge(target, '1001', (key) => Object.assign(new Event('keydown', { bubbles: true }), { key }));
    expect(keys).toEqual(['1', '0', '0', '1', 'Enter']);
  });
});
