import type { Role } from '@quire/protocol';
import { expect } from 'vitest';
import { putAdmin } from './seed';
import type { TestServer } from './server';

export interface TestAccount {
  email: string;
  password: string;
  name: string;
}

/**
 * Makes web accounts through the admin API, as an administrator would (`POST /users`, then `PUT
 * /users/:email/role`), on a test server or the demo. Note: while no account is an administrator, the
 * admin page offers the first-run form rather than signing in (auth/web-auth.ts `setupNeeded`).
 */
export async function addAccounts(
  target: Pick<TestServer, 'admin'>,
  accounts: readonly (readonly [TestAccount, Role])[],
): Promise<void> {
  for (const [who, role] of accounts) {
    const made = await target.admin('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: who.email, password: who.password, displayName: who.name }),
    });
    expect(made.status, await made.text()).toBe(201);
    await putAdmin(target, `/users/${who.email}/role`, { role });
  }
}
