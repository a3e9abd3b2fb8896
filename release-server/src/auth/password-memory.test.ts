import { describe, expect, it } from 'vitest';
import type { Account } from './account-store';
import { PasswordMemory } from './password-memory';

const account = (over: Partial<Account> = {}) =>
  ({ id: 1, createdAt: 100, passwordHash: 'scrypt$a', ...over }) as Account;

describe('PasswordMemory', () => {
  it('knows a noted password for the same account only, until it expires', () => {
    const memory = new PasswordMemory(1000);
    memory.note(account(), 'ada', 'secret', 0);
    expect(memory.has(account(), 'ADA@example.com', 'secret', 999)).toBe(true);
    expect(memory.has(account(), 'ada', 'Secret', 999)).toBe(false);
    expect(memory.has(account({ passwordHash: 'scrypt$b' }), 'ada', 'secret', 999)).toBe(false);
    expect(memory.has(account({ createdAt: 101 }), 'ada', 'secret', 999)).toBe(false);
    expect(memory.has(account({ id: 2 }), 'ada', 'secret', 999)).toBe(false);
    expect(memory.has(account(), 'ada', 'secret', 1000)).toBe(false);
  });

  it('keys an unknown login by what was typed, in any case', () => {
    const memory = new PasswordMemory();
    memory.note(undefined, ' Nobody ', 'x');
    expect(memory.has(undefined, 'nobody', 'x')).toBe(true);
    expect(memory.has(undefined, 'nobody2', 'x')).toBe(false);
    expect(memory.has(account(), 'nobody', 'x')).toBe(false);
  });

  it('lets the oldest go past its size', () => {
    const memory = new PasswordMemory(60_000, 2);
    memory.note(undefined, 'a', '1');
    memory.note(undefined, 'b', '2');
    memory.note(undefined, 'a', '1'); // noted again: now the newest
    memory.note(undefined, 'c', '3');
    expect([
      memory.has(undefined, 'a', '1'),
      memory.has(undefined, 'b', '2'),
      memory.has(undefined, 'c', '3'),
    ]).toEqual([true, false, true]);
  });
});
