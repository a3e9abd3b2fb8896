import { routeHash } from '../../lib/route';

/**
 * The users list as the address names it (`#/users?q=ali&page=2`), so that a search can be bookmarked,
 * reloaded and shared. Pages count from 1, as a person reads them; the first page and an empty search
 * stay out of the address.
 */
export interface ListView {
  q: string;
  page: number;
}

/** The server cuts a search at 254 characters (admin/users.ts). */
const MAX_QUERY = 254;

export function readListView(params: Readonly<Record<string, string>>): ListView {
  const page = /^\d{1,6}$/.test(params.page ?? '') ? Number(params.page) : 1;
  return { q: (params.q ?? '').trim().slice(0, MAX_QUERY), page: Math.max(1, page) };
}

export const listParams = (v: ListView): Record<string, string | undefined> => ({
  q: v.q === '' ? undefined : v.q,
  page: v.page > 1 ? String(v.page) : undefined,
});

/** How many pages `total` users fill; one, even empty. */
export const pageCount = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage));

/** The rank of the first and last user shown (1-based), for "51–100 of 230". */
export function shownRange(page: number, perPage: number, shown: number): { first: number; last: number } {
  const first = (page - 1) * perPage + 1;
  return { first, last: first + shown - 1 };
}

/**
 * The views beside the list and a user's page, at `#/users/<word>`: words no email can be (every email
 * has an @), so that no user's page is ever hidden behind them.
 */
export const NEW_USER = '-new';
export const GROUPS = '-groups';

/**
 * A view of the section; the list's search and page ride along in its address, so that "All users"
 * comes back to the list as it was left.
 */
export const usersHash = (view: ListView, path?: string): string =>
  routeHash('users', path === undefined ? [] : [path], listParams(view));
