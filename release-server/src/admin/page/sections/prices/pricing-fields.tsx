import { PRICING_KINDS, type Pricing, type PricingKind } from '@quire/protocol';
import { ChoiceField, PartError, TextField } from '../../components/form';
import { moneyText, removeAt, replaceAt, wholeNumber } from '../../lib/draft';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** `pricing.` or `models.2.pricing.`: where these fields sit in what is sent. */
  prefix: string;
  currency: string;
  value: Pricing;
  onChange: (value: Pricing) => void;
}

/** The same rates carried over when the kind changes, so that switching back and forth loses nothing typed. */
function switchKind(p: Pricing, kind: PricingKind): Pricing {
  const rates = p.kind === 'tiered' ? { mono: p.bands[0]?.mono ?? '0', color: p.bands[0]?.color ?? '0' } : p;
  switch (kind) {
    case 'flat':
      return { kind, mono: rates.mono, color: rates.color };
    case 'subscription':
      return {
        kind,
        included: p.kind === 'subscription' ? p.included : 0,
        mono: rates.mono,
        color: rates.color,
      };
    case 'tiered':
      return p.kind === 'tiered' ? p : { kind, bands: [{ from: 1, mono: rates.mono, color: rates.color }] };
    default:
      return kind satisfies never;
  }
}

/** PRODUCT.md §7: a flat rate, bands of monthly volume each at its own rate, or a subscription. */
export function PricingFields({ prefix, currency, value: v, onChange }: Props) {
  const t = useStrings();
  const w = t.prices;
  const rate = (path: string, label: string, value: string, set: (x: string) => void) => (
    <TextField
      path={`${prefix}${path}`}
      label={label}
      value={value}
      inputMode="decimal"
      size={10}
      onValue={(x) => set(moneyText(x))}
    />
  );
  return (
    <ChoiceField
      path={`${prefix}kind`}
      label={w.kind}
      value={v.kind}
      options={PRICING_KINDS.map((k) => [k, w.kinds[k]] as const)}
      onValue={(kind) => onChange(switchKind(v, kind))}
    >
      <p class="hint">{w.kindHints[v.kind]}</p>
      {v.kind !== 'tiered' ? (
        <div class="row">
          {v.kind === 'subscription' && (
            <TextField
              path={`${prefix}included`}
              label={w.included}
              value={v.included}
              inputMode="numeric"
              size={8}
              onValue={(x) => onChange({ ...v, included: wholeNumber(x) })}
            />
          )}
          {rate('mono', w.mono(currency), v.mono, (mono) => onChange({ ...v, mono }))}
          {rate('color', w.color(currency), v.color, (color) => onChange({ ...v, color }))}
        </div>
      ) : (
        <>
          <PartError path={`${prefix}bands`} />
          <ol class="parts">
            {v.bands.map((band, i) => {
              const setBand = (b: typeof band) => onChange({ ...v, bands: replaceAt(v.bands, i, b) });
              return (
                <li key={i} class="row" data-testid="band">
                  <TextField
                    path={`${prefix}bands.${i}.from`}
                    label={w.from}
                    value={band.from}
                    inputMode="numeric"
                    size={8}
                    onValue={(x) => setBand({ ...band, from: wholeNumber(x) })}
                  />
                  {rate(`bands.${i}.mono`, w.mono(currency), band.mono, (mono) => setBand({ ...band, mono }))}
                  {rate(`bands.${i}.color`, w.color(currency), band.color, (color) =>
                    setBand({ ...band, color }),
                  )}
                  {v.bands.length > 1 && (
                    <button
                      type="button"
                      class="remove"
                      onClick={() => onChange({ ...v, bands: removeAt(v.bands, i) })}
                    >
                      {w.removeBand(i + 1)}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            onClick={() => {
              const last = v.bands.at(-1);
              const from = typeof last?.from === 'number' ? last.from * 10 : 1;
              onChange({
                ...v,
                bands: [...v.bands, { from, mono: last?.mono ?? '0', color: last?.color ?? '0' }],
              });
            }}
          >
            {w.addBand}
          </button>
        </>
      )}
    </ChoiceField>
  );
}
