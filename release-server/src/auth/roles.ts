import type { Role } from '@quire/protocol';

/**
 * Who may do what (issue 5, PRODUCT.md §9 and §12). Pure rules; the HTTP middleware in
 * `adapters/http/authorize.ts` applies them and turns a refusal into a 403 with these words.
 */

/** Reading changes nothing (RFC 9110 §9.2.1 safe methods); everything else is a change. */
export type Access = 'read' | 'change';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export const accessOf = (method: string): Access =>
  SAFE_METHODS.has(method.toUpperCase()) ? 'read' : 'change';

/** Why `role` may not use the admin API with this access, or null when it may. */
export function adminRefusal(role: Role, access: Access): string | null {
  switch (role) {
    case 'administrator':
      return null;
    case 'helpdesk':
      return access === 'read' ? null : 'Helpdesk accounts can look but not change settings.';
    case 'user':
      return 'Your account has no access to the admin pages. An administrator can give it a role.';
    default:
      return role satisfies never;
  }
}

/** Why `role` may not use a route open to `allowed`, or null when it may. */
export function roleRefusal(role: Role, allowed: readonly Role[]): string | null {
  if (allowed.includes(role)) return null;
  return `This needs the ${allowed.join(' or ')} role; your account is ${role}.`;
}

/**
 * Why an account may not go from `from` to `to` when `administrators` accounts are administrators, or
 * null. The last administrator stays one, so that someone can always change settings from the web.
 */
export function roleChangeRefusal(from: Role, to: Role, administrators: number): string | null {
  if (from === 'administrator' && to !== 'administrator' && administrators <= 1) {
    return 'This is the last administrator: make another account an administrator first.';
  }
  return null;
}
