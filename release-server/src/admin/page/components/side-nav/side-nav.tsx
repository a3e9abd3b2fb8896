import { routeHash, SECTION_IDS, type SectionId } from '../../lib/route';
import { useStrings } from '../../lib/use-strings';

/**
 * The sections, always all listed (EWS style: every setting findable, nothing behind a wizard). Issue 5
 * adds its sections to SECTION_IDS and their names to the strings; this list follows.
 */
export function SideNav({ current }: { current: SectionId | null }) {
  const t = useStrings();
  return (
    <nav class="side-nav" aria-label={t.nav.label}>
      <ul>
        {SECTION_IDS.map((id) => (
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
    </nav>
  );
}
