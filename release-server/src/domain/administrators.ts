import type { Role } from '@quire/protocol';

/**
 * Why the account `email` with `role` may not be deleted when `administrators` accounts are
 * administrators, or null. The last administrator stays, so that someone can always change settings
 * from the web (the same rule as a role change, `auth/roles.ts`); ADMIN_TOKEN is for scripts and recovery.
 */
export function lastAdministratorRefusal(email: string, role: Role, administrators: number): string | null {
  if (role === 'administrator' && administrators <= 1) {
    return `${email} is the last administrator: make another account an administrator first`;
  }
  return null;
}

/**
 * Why the account `email` may not be deleted while one of its jobs is being printed, or null. The
 * release in progress charges the account and writes its history when the printer finishes: deleted
 * first, the charge would go with the account and the history would lose who printed.
 */
export function printingRefusal(email: string, printing: boolean): string | null {
  return printing ? `${email} has a job printing now: delete the user once it has finished` : null;
}
