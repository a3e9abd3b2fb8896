import { JOB_STATES, type PrinterRecord } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { FiltersForm } from '../../components/filters-form';
import { SelectField, TextField } from '../../components/form';
import { useWords } from '../../lib/use-strings';
import { queueWords } from './words';

/** The queue's filters as they are in the address: `user`, `printer`, and `state` (`all` for any). */
export interface QueueParams {
  user: string;
  printer: string;
  state: string;
}

interface Props {
  params: QueueParams;
  printers: readonly PrinterRecord[] | null;
  onShow: (params: QueueParams) => void;
}

/** Owner, printer and state; "Show" puts them in the address, so that the view can be bookmarked. */
export function QueueFilters({ params, printers, onShow }: Props) {
  const w = useWords(queueWords);
  const [values, setValues] = useState(params);
  const set = (name: keyof QueueParams, value: string) => setValues((v) => ({ ...v, [name]: value }));
  // A printer in the address that is not (or no longer) registered stays choosable: it is the filter shown.
  const names = [
    ...new Set([...(printers?.map((p) => p.name) ?? []), ...(params.printer ? [params.printer] : [])]),
  ];
  return (
    <FiltersForm
      id="queue-filter"
      show={w.filters.show}
      onShow={() => onShow({ ...values, user: values.user.trim() })}
    >
      <TextField
        path="user"
        label={w.filters.user}
        value={values.user}
        size={26}
        inputMode="email"
        onValue={(user) => set('user', user)}
      />
      <SelectField
        path="printer"
        label={w.filters.printer}
        value={values.printer}
        options={[['', w.filters.anyPrinter], ...names.map((n) => [n, n] as const)]}
        onValue={(printer) => set('printer', printer)}
      />
      <SelectField
        path="state"
        label={w.filters.state}
        value={values.state}
        options={(['all', ...JOB_STATES] as const).map((s) => [s, w.states[s]] as const)}
        onValue={(state) => set('state', state)}
      />
    </FiltersForm>
  );
}
