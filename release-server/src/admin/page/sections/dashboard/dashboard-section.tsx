import { useStrings } from '../../lib/use-strings';

/** `#/dashboard`: placeholder until the section is built (issue 5). */
export function DashboardSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.dashboard}</h1>;
}
