import type { FleetState } from '@quire/protocol';
import { STATE_MARK } from '../../lib/fleet-words';
import { useStrings } from '../../lib/use-strings';

/** A printer's state as a mark, a word and a colour: never told by colour alone. */
export function StateLabel({ state }: { state: FleetState }) {
  const t = useStrings();
  return (
    <span class={`state state-${state}`} data-testid="state" data-state={state}>
      <span class="state-mark" aria-hidden="true">
        {STATE_MARK[state]}
      </span>
      {t.state[state]}
    </span>
  );
}
