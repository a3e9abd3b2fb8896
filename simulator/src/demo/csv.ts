import type { DemoUser } from './users';

/** Header of the users import, exactly as PRODUCT.md §9 gives it. */
export const USERS_CSV_HEADER =
  'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT';

/** Header of the badges import (PRODUCT.md §9). */
export const BADGES_CSV_HEADER = 'BADGE,OPERATION,EMAIL';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const line = (values: readonly string[]): string => values.map(csvField).join(',');

/** The users import that creates the demo users; `GROUPS` is a quoted comma list. */
export function usersCsv(users: readonly DemoUser[]): string {
  const rows = users.map((u) =>
    line([
      u.email,
      'CREATE',
      u.password,
      u.firstName,
      u.lastName,
      u.displayName,
      u.shortname,
      u.groups.join(','),
      '',
      u.costCenter,
      u.department,
    ]),
  );
  return `${[USERS_CSV_HEADER, ...rows].join('\r\n')}\r\n`;
}

/** The badges import that gives each demo user their permanent badge. */
export function badgesCsv(users: readonly DemoUser[]): string {
  const rows = users.map((u) => line([u.badge, 'CREATE', u.email]));
  return `${[BADGES_CSV_HEADER, ...rows].join('\r\n')}\r\n`;
}
