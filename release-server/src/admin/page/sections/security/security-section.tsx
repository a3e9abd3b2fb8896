import { useStrings } from '../../lib/use-strings';

/** `#/security`: placeholder until the section is built (issue 5). */
export function SecuritySection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.security}</h1>;
}
