import type { Role } from '@quire/protocol';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Who is signed in, as the sections need it: helpdesk accounts see every setting but change nothing
 * (auth/README.md: GET for helpdesk and administrators, changes for administrators only).
 */
export interface Access {
  role: Role;
  canChange: boolean;
}

export const AccessContext = createContext<Access>({ role: 'administrator', canChange: true });

export const useAccess = (): Access => useContext(AccessContext);

export const accessFor = (role: Role): Access => ({ role, canChange: role === 'administrator' });
