import { useStrings } from '../../lib/use-strings';

/** `#/configuration`: placeholder until the section is built (issue 5). */
export function ConfigurationSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.configuration}</h1>;
}
