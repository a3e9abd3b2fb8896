import type { DemoUserView } from '@quire/protocol';

/** A person the demo creates, with the badge the virtual reader types for them. */
export interface DemoUser extends DemoUserView {
  firstName: string;
  lastName: string;
  /** Password for the panel's fallback sign-in (username + password). */
  password: string;
  groups: string[];
  department: string;
  costCenter: string;
}

/** Password of every demo user, shown in the banner: demo data only, never for a real deployment. */
export const DEMO_PASSWORD = 'demo1234';

/** The demo's people (PRODUCT.md §9 fields). Emails use the reserved example.com domain (RFC 2606). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'alice@example.com',
    shortname: 'alice',
    firstName: 'Alice',
    lastName: 'Martin',
    displayName: 'Alice Martin',
    badge: '1001',
    password: DEMO_PASSWORD,
    groups: ['Staff', 'Sales'],
    department: 'Sales',
    costCenter: 'CC-100',
  },
  {
    email: 'bob@example.com',
    shortname: 'bob',
    firstName: 'Bob',
    lastName: 'Nguyen',
    displayName: 'Bob Nguyen',
    badge: '1002',
    password: DEMO_PASSWORD,
    groups: ['Staff', 'Engineering'],
    department: 'Engineering',
    costCenter: 'CC-200',
  },
  {
    email: 'chloe@example.com',
    shortname: 'chloe',
    firstName: 'Chloé',
    lastName: 'Dubois',
    displayName: 'Chloé Dubois',
    badge: '1003',
    password: DEMO_PASSWORD,
    groups: ['Staff', 'Finance'],
    department: 'Finance',
    costCenter: 'CC-300',
  },
];

/** What the kiosk may know about a demo user (no password). */
export const toDemoUserView = (u: DemoUser): DemoUserView => ({
  email: u.email,
  shortname: u.shortname,
  displayName: u.displayName,
  badge: u.badge,
});
