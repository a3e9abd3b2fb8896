import { COUNT_BY, type ModelPricing } from '@quire/protocol';
import { ChoiceField, PartError, SettingsForm, TextField } from '../../components/form';
import { SETTINGS } from '../../lib/admin-api';
import { removeAt, replaceAt } from '../../lib/draft';
import { useSettings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';
import { PricingFields } from './pricing-fields';

/**
 * `#/prices`: what an impression costs (PRODUCT.md §7), `GET|PUT /api/admin/prices`: the currency, what
 * is counted, the prices of every printer, and prices per printer model that override them.
 */
export function PricesSection() {
  const t = useStrings();
  const w = t.prices;
  const settings = useSettings(SETTINGS.prices);
  return (
    <>
      <h1 tabIndex={-1}>{w.title}</h1>
      <p class="intro">{w.intro}</p>
      <SettingsForm id="prices" settings={settings}>
        {(d) => {
          const setModels = (models: ModelPricing[]) => settings.edit((x) => ({ ...x, models }));
          return (
            <>
              <TextField
                path="currency"
                label={w.currency}
                hint={w.currencyHint}
                value={d.currency}
                size={4}
                onValue={(currency) =>
                  settings.edit((x) => ({ ...x, currency: currency.trim().toUpperCase() }))
                }
              />
              <ChoiceField
                path="countBy"
                label={w.countBy}
                value={d.countBy}
                options={COUNT_BY.map((c) => [c, w.countByOptions[c]] as const)}
                onValue={(countBy) => settings.edit((x) => ({ ...x, countBy }))}
              />
              <h2>{w.everyPrinter}</h2>
              <PricingFields
                prefix="pricing."
                currency={d.currency}
                value={d.pricing}
                onChange={(pricing) => settings.edit((x) => ({ ...x, pricing }))}
              />
              <h2>{w.models}</h2>
              <p class="hint">{w.modelsHint}</p>
              <PartError path="models" />
              {d.models.length === 0 && <p class="muted">{w.noModels}</p>}
              <ol class="parts">
                {d.models.map((m, i) => (
                  <li key={i} class="part" data-testid="model">
                    <TextField
                      path={`models.${i}.makeAndModel`}
                      label={w.model}
                      value={m.makeAndModel}
                      size={40}
                      onValue={(makeAndModel) => setModels(replaceAt(d.models, i, { ...m, makeAndModel }))}
                    />
                    <PricingFields
                      prefix={`models.${i}.pricing.`}
                      currency={d.currency}
                      value={m.pricing}
                      onChange={(pricing) => setModels(replaceAt(d.models, i, { ...m, pricing }))}
                    />
                    <button type="button" class="remove" onClick={() => setModels(removeAt(d.models, i))}>
                      {w.removeModel(m.makeAndModel || String(i + 1))}
                    </button>
                  </li>
                ))}
              </ol>
              <button
                type="button"
                onClick={() => setModels([...d.models, { makeAndModel: '', pricing: { ...d.pricing } }])}
              >
                {w.addModel}
              </button>
            </>
          );
        }}
      </SettingsForm>
    </>
  );
}
