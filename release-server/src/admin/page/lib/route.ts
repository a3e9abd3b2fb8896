/**
 * Where the admin page is, kept in the URL hash so that every view can be bookmarked, reloaded and
 * shared (EWS style: every setting findable): `#/<section>[/<path>...][?<params>]`, e.g.
 * `#/fleet?state=error` or `#/fleet/sim-color`. The hash, not the path: the server serves one file at
 * /admin/ and needs no route per view.
 */

/**
 * The sections of the left navigation, in order, in groups (EWS style: every setting one click away).
 */
export const NAV_GROUPS = {
  printing: ['fleet', 'printers', 'queue', 'badge-reader'],
  people: ['users', 'badges', 'import-users', 'import-badges'],
  accounting: ['dashboard', 'prices', 'quotas', 'history', 'reports'],
  company: ['policies', 'retention', 'security', 'configuration', 'audit'],
} as const;
export type NavGroup = keyof typeof NAV_GROUPS;
export type SectionId = (typeof NAV_GROUPS)[NavGroup][number];
export const SECTION_IDS: readonly SectionId[] = Object.values(NAV_GROUPS).flat();

/**
 * Sections only administrators see: the audit log names who did what from where (auth/README.md); the
 * server's certificate and the whole configuration are nothing helpdesk reads or changes.
 */
export const ADMIN_ONLY: ReadonlySet<SectionId> = new Set(['audit', 'security', 'configuration']);

export const DEFAULT_SECTION: SectionId = 'fleet';

export interface Route {
  /** A known section, or null for an address nothing answers (shown as "not found"). */
  section: SectionId | null;
  /** What follows the section, decoded: `['sim-color']` for `#/fleet/sim-color`. */
  path: string[];
  params: Readonly<Record<string, string>>;
}

const isSection = (s: string): s is SectionId => (SECTION_IDS as readonly string[]).includes(s);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Reads `location.hash`; an empty hash is the default section. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const [first = '', ...rest] = pathPart.split('/').filter((p) => p !== '');
  const section = first === '' ? DEFAULT_SECTION : decode(first);
  const params: Record<string, string> = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(raw.slice(q + 1))) params[k] = v;
  return { section: isSection(section) ? section : null, path: rest.map(decode), params };
}

/** The hash for a view; params with an empty or undefined value are left out. */
export function routeHash(
  section: SectionId,
  path: readonly string[] = [],
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const p = [section, ...path].map(encodeURIComponent).join('/');
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  ).toString();
  return `#/${p}${query ? `?${query}` : ''}`;
}

/** Whether two routes show a different view (not just other params): focus then moves to the new title. */
export const sameView = (a: Route, b: Route): boolean =>
  a.section === b.section && a.path.join('/') === b.path.join('/');
