import { useStrings } from '../../lib/use-strings';

/** `#/users`: placeholder until the section is built (issue 5). */
export function UsersSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.users}</h1>;
}
