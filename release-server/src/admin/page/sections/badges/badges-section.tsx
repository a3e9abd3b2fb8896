import { useStrings } from '../../lib/use-strings';

/** `#/badges`: placeholder until the section is built (issue 5). */
export function BadgesSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.badges}</h1>;
}
