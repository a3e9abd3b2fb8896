import { QUOTA_UNITS, type QuotaDefinition, type QuotaLimits, type QuotaUnit } from '@quire/protocol';
import type * as z from 'zod/mini';
import { ChoiceField, PartError, SettingsForm, TextField } from '../../components/form';
import { removeAt, replaceAt } from '../../lib/draft';
import type { Settings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';
import { convertAmount, LimitFields } from './limit-fields';

const limitsIn = (l: QuotaLimits, unit: QuotaUnit): QuotaLimits => ({
  total: convertAmount(l.total, unit),
  color: convertAmount(l.color, unit),
});

/** The same definition in another unit or schedule, keeping what can be kept. */
function reshape(
  d: QuotaDefinition,
  unit: QuotaUnit,
  schedule: QuotaDefinition['schedule'],
): QuotaDefinition {
  const months = d.schedule === 'per-month' ? d.months : Array.from({ length: 12 }, () => d.limits);
  const base = { name: d.name, unit };
  return schedule === 'every-month'
    ? { ...base, schedule, limits: limitsIn(months[0]!, unit) }
    : { ...base, schedule, months: months.map((l) => limitsIn(l, unit)) };
}

/**
 * An impressions quota counts whole impressions; the schema takes money strings as well (the unit
 * decides which, in a rule on the whole definition), so what was typed is checked here, by field.
 */
export function wholeImpressions(list: QuotaDefinition[]): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  list.forEach((d, i) => {
    if (d.unit !== 'impressions') return;
    const months =
      d.schedule === 'every-month'
        ? [['limits', d.limits] as const]
        : d.months.map((l, m) => [`months.${m}`, l] as const);
    for (const [at, limits] of months)
      for (const key of ['total', 'color'] as const) {
        const v = limits[key];
        if (typeof v === 'string' && !['unlimited', 'disabled', 'allowed', 'disallowed'].includes(v))
          issues.push({
            code: 'invalid_type',
            expected: 'int',
            path: [i, ...at.split('.'), key],
            message: '',
            input: v,
          });
      }
  });
  return issues;
}

const monthNames = (locale: string): string[] =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 1)),
  );

/** PRODUCT.md §7: named quota definitions, the same limits every month or custom limits per month. */
export function DefinitionsForm({ settings }: { settings: Settings<QuotaDefinition[]> }) {
  const t = useStrings();
  const w = t.quotas;
  return (
    <SettingsForm id="quota-definitions" title={w.definitions} settings={settings}>
      {(list) => {
        const set = (i: number, d: QuotaDefinition) => settings.edit((l) => replaceAt(l, i, d));
        return (
          <>
            <p class="hint">{w.definitionsHint}</p>
            <PartError path="" />
            {list.length === 0 && <p class="muted">{w.noDefinitions}</p>}
            <ol class="parts">
              {list.map((d, i) => (
                <li key={i} class="part" data-testid="definition">
                  <PartError path={String(i)} />
                  <TextField
                    path={`${i}.name`}
                    label={w.name}
                    value={d.name}
                    size={30}
                    spellcheck
                    onValue={(name) => set(i, { ...d, name })}
                  />
                  <div class="row">
                    <ChoiceField
                      path={`${i}.unit`}
                      label={w.unit}
                      value={d.unit}
                      options={QUOTA_UNITS.map((u) => [u, w.units[u]] as const)}
                      onValue={(unit) => set(i, reshape(d, unit, d.schedule))}
                    />
                    <ChoiceField
                      path={`${i}.schedule`}
                      label={w.schedule}
                      value={d.schedule}
                      options={[
                        ['every-month', w.schedules['every-month']],
                        ['per-month', w.schedules['per-month']],
                      ]}
                      onValue={(schedule) => set(i, reshape(d, d.unit, schedule))}
                    />
                  </div>
                  {d.schedule === 'every-month' ? (
                    <LimitFields
                      prefix={`${i}.limits.`}
                      unit={d.unit}
                      value={d.limits}
                      onChange={(limits) => set(i, { ...d, limits })}
                    />
                  ) : (
                    <ol class="months">
                      {monthNames(t.locale).map((month, m) => (
                        <li key={month}>
                          <fieldset class="plain">
                            <legend>{month}</legend>
                            <LimitFields
                              prefix={`${i}.months.${m}.`}
                              unit={d.unit}
                              value={d.months[m]!}
                              onChange={(l) => set(i, { ...d, months: replaceAt(d.months, m, l) })}
                            />
                          </fieldset>
                        </li>
                      ))}
                    </ol>
                  )}
                  <button type="button" class="remove" onClick={() => settings.edit((l) => removeAt(l, i))}>
                    {w.removeDefinition(d.name || String(i + 1))}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              data-testid="add-definition"
              onClick={() =>
                settings.edit((l) => [
                  ...l,
                  {
                    name: '',
                    unit: 'impressions',
                    schedule: 'every-month',
                    limits: { total: 'unlimited', color: 'allowed' },
                  },
                ])
              }
            >
              {w.addDefinition}
            </button>
          </>
        );
      }}
    </SettingsForm>
  );
}
