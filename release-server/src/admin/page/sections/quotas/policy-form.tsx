import { QUOTA_POLICY_MODES, type QuotaPolicy } from '@quire/protocol';
import { CheckField, ChoiceField, SettingsForm, TextField } from '../../components/form';
import type { Settings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';

/** The zones the browser knows, offered as the time zone is typed (older browsers: none, still typed). */
const zones = (): readonly string[] =>
  (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/** PRODUCT.md §10: which group level counts, the offer to print in mono, the zone quotas reset in. */
export function PolicyForm({ settings }: { settings: Settings<QuotaPolicy> }) {
  const t = useStrings();
  const w = t.quotas;
  return (
    <SettingsForm id="quota-policy" title={w.policy} settings={settings}>
      {(d) => (
        <>
          <ChoiceField
            path="mode"
            label={w.mode}
            value={d.mode}
            options={QUOTA_POLICY_MODES.map((m) => [m, w.modes[m]] as const)}
            onValue={(mode) => settings.edit((x) => ({ ...x, mode }))}
          />
          <CheckField
            path="offerMono"
            label={w.offerMono}
            hint={w.offerMonoHint}
            checked={d.offerMono}
            onValue={(offerMono) => settings.edit((x) => ({ ...x, offerMono }))}
          />
          <TextField
            path="timeZone"
            label={w.timeZone}
            hint={w.timeZoneHint}
            value={d.timeZone}
            size={24}
            list="time-zones"
            onValue={(timeZone) => settings.edit((x) => ({ ...x, timeZone: timeZone.trim() }))}
          />
          <datalist id="time-zones">
            {zones().map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </SettingsForm>
  );
}
