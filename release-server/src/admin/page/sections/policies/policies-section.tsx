import { CheckField, SettingsForm, TextField } from '../../components/form';
import { SETTINGS } from '../../lib/admin-api';
import { wholeNumber } from '../../lib/draft';
import { useSettings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';

/** `#/policies`: company policies the panels follow (PRODUCT.md §10), `GET|PUT /api/admin/policies`. */
export function PoliciesSection() {
  const t = useStrings();
  const p = t.policies;
  const settings = useSettings(SETTINGS.policies);
  return (
    <>
      <h1 tabIndex={-1}>{p.title}</h1>
      <p class="intro">{p.intro}</p>
      <SettingsForm id="policies" settings={settings}>
        {(d) => {
          const set =
            <K extends keyof typeof d>(key: K) =>
            (value: (typeof d)[K]) =>
              settings.edit((x) => ({ ...x, [key]: value }));
          return (
            <>
              <CheckField
                path="delegation"
                label={p.delegation}
                hint={p.delegationHint}
                checked={d.delegation}
                onValue={set('delegation')}
              />
              <CheckField
                path="editCopies"
                label={p.editCopies}
                hint={p.editCopiesHint}
                checked={d.editCopies}
                onValue={set('editCopies')}
              />
              <CheckField
                path="printAndKeep"
                label={p.printAndKeep}
                hint={p.printAndKeepHint}
                checked={d.printAndKeep}
                onValue={set('printAndKeep')}
              />
              <CheckField
                path="autoRelease"
                label={p.autoRelease}
                hint={p.autoReleaseHint}
                checked={d.autoRelease}
                onValue={set('autoRelease')}
              />
              <TextField
                path="inactivitySeconds"
                label={p.inactivity}
                hint={p.inactivityHint}
                value={d.inactivitySeconds}
                inputMode="numeric"
                size={6}
                onValue={(v) => set('inactivitySeconds')(wholeNumber(v))}
              />
            </>
          );
        }}
      </SettingsForm>
    </>
  );
}
