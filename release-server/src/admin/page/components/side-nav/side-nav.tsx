import type { Role } from '@quire/protocol';
import { ADMIN_ONLY, NAV_GROUPS, type NavGroup, routeHash, type SectionId } from '../../lib/route';
import { useStrings } from '../../lib/use-strings';

/**
 * The sections in their groups, always all listed (EWS style: every setting findable, nothing behind a
 * wizard), except what the role may not see (the audit log, administrators only).
 */
export function SideNav({ current, role }: { current: SectionId | null; role: Role }) {
  const t = useStrings();
  return (
    <nav class="side-nav" aria-label={t.nav.label}>
      {(Object.keys(NAV_GROUPS) as NavGroup[]).map((group) => (
        <div key={group} class="nav-group">
          <p id={`nav-${group}`} class="nav-title">
            {t.nav.groups[group]}
          </p>
          <ul aria-labelledby={`nav-${group}`}>
            {NAV_GROUPS[group]
              .filter((id) => role === 'administrator' || !ADMIN_ONLY.has(id))
              .map((id) => (
                <li key={id}>
                  <a
                    href={routeHash(id)}
                    aria-current={id === current ? 'page' : undefined}
                    data-testid={`nav-${id}`}
                  >
                    {t.nav.sections[id]}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
