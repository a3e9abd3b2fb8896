import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useStrings } from '../../lib/use-strings';
import { FiltersForm } from '../filters-form';

interface Props {
  id: string;
  /** The filters as they are in the address. */
  params: Readonly<Record<string, string>>;
  /** Other filters (a select), given the values being typed and a setter. */
  extra?: (values: Record<string, string>, set: (name: string, value: string) => void) => ComponentChildren;
  onShow: (values: Record<string, string>) => void;
}

/**
 * From and to, two days in the quota time zone, both included (admin/accounting.ts); a date field
 * gives the YYYY-MM-DD the API takes in every language. "Show" puts the filters in the address.
 */
export function DayRangeForm({ id, params, extra, onShow }: Props) {
  const t = useStrings();
  const [values, setValues] = useState<Record<string, string>>({ ...params });
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <FiltersForm id={id} show={t.range.show} onShow={() => onShow(values)}>
      <div class="field">
        <label for={`${id}-from`}>{t.range.from}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={values.from ?? ''}
          data-testid="from"
          onInput={(e) => set('from', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-to`}>{t.range.to}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={values.to ?? ''}
          data-testid="to"
          onInput={(e) => set('to', e.currentTarget.value)}
        />
      </div>
      {extra?.(values, set)}
    </FiltersForm>
  );
}
