import { useStrings } from '../../lib/use-strings';

/** `#/retention`: placeholder until the section is built (issue 5). */
export function RetentionSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.retention}</h1>;
}
