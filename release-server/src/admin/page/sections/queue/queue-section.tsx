import { useStrings } from '../../lib/use-strings';

/** `#/queue`: placeholder until the section is built (issue 5). */
export function QueueSection() {
  const t = useStrings();
  return <h1 tabIndex={-1}>{t.nav.sections.queue}</h1>;
}
