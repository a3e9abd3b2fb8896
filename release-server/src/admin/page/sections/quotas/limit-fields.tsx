import type { ColorLimit, QuotaLimit, QuotaLimits, QuotaUnit } from '@quire/protocol';
import { SelectField, TextField } from '../../components/form';
import { moneyText, wholeNumber } from '../../lib/draft';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** `0.limits.` or `0.months.3.`: where these limits sit in what is sent. */
  prefix: string;
  unit: QuotaUnit;
  value: QuotaLimits;
  onChange: (value: QuotaLimits) => void;
}

const isAmount = (v: QuotaLimit | ColorLimit): v is number | string =>
  typeof v === 'number' || !['unlimited', 'disabled', 'allowed', 'disallowed'].includes(v);

/** An amount in the quota's unit: whole impressions, or money as a decimal string. */
export const amountOf = (unit: QuotaUnit, text: string): number | string =>
  unit === 'impressions' ? wholeNumber(text) : moneyText(text);

/** An amount kept when the unit changes: 500 impressions become "500" and back. */
export function convertAmount<V extends QuotaLimit | ColorLimit>(v: V, unit: QuotaUnit): V {
  if (!isAmount(v)) return v;
  return (unit === 'money' ? String(v) : wholeNumber(String(v).replace(/\.0*$/, ''))) as V;
}

/**
 * PRODUCT.md §7: the total is unlimited, disabled (nothing prints) or an amount; colour is allowed,
 * disallowed, or limited to an amount that is part of the total.
 */
export function LimitFields({ prefix, unit, value: v, onChange }: Props) {
  const t = useStrings();
  const w = t.quotas;
  const totalKind = isAmount(v.total) ? 'amount' : v.total;
  const colorKind = isAmount(v.color) ? 'limited' : v.color;
  const amountLabel = unit === 'impressions' ? w.impressions : w.money;
  return (
    <div class="row">
      <SelectField
        path={`${prefix}totalKind`}
        label={w.total}
        value={totalKind}
        options={(['unlimited', 'disabled', 'amount'] as const).map((k) => [k, w.totalKinds[k]] as const)}
        onValue={(k) => onChange({ ...v, total: k === 'amount' ? amountOf(unit, '') : k })}
      />
      {totalKind === 'amount' && (
        <TextField
          path={`${prefix}total`}
          label={amountLabel}
          value={v.total as number | string}
          inputMode={unit === 'impressions' ? 'numeric' : 'decimal'}
          size={10}
          onValue={(x) => onChange({ ...v, total: amountOf(unit, x) })}
        />
      )}
      <SelectField
        path={`${prefix}colorKind`}
        label={w.color}
        value={colorKind}
        options={(['allowed', 'disallowed', 'limited'] as const).map((k) => [k, w.colorKinds[k]] as const)}
        onValue={(k) => onChange({ ...v, color: k === 'limited' ? amountOf(unit, '') : k })}
      />
      {colorKind === 'limited' && (
        <TextField
          path={`${prefix}color`}
          label={w.colorAmount(amountLabel)}
          value={v.color as number | string}
          inputMode={unit === 'impressions' ? 'numeric' : 'decimal'}
          size={10}
          onValue={(x) => onChange({ ...v, color: amountOf(unit, x) })}
        />
      )}
    </div>
  );
}
