import { SettingsForm } from '../../components/form';
import { useSettings } from '../../lib/use-settings';
import { useStrings, useWords } from '../../lib/use-strings';
import { RETENTION } from './api';
import { hoursProblem, type RetentionField, retentionPrecheck } from './hours';
import { HoursField } from './hours-field';
import { durationText, retentionErrors } from './hours-words';
import { retentionWords } from './words';

/**
 * `#/retention`: how long held jobs and jobs printed with "print and keep" stay on the server
 * (PRODUCT.md §4 UnprintedJobsLifespan and PrintAndKeepLifespan), `GET|PUT /api/admin/retention`.
 * Helpdesk sees the values, the form disabled (components/form).
 */
export function RetentionSection() {
  const t = useStrings();
  const w = useWords(retentionWords);
  const settings = useSettings(RETENTION, retentionPrecheck);
  // Refused before sending: this form's own words (hours may have decimals). Refused by the server:
  // its reason, next to the field it names (lib/form-errors.ts).
  const errors =
    settings.status.kind === 'invalid' && settings.draft
      ? retentionErrors(settings.draft, w, t)
      : settings.errors;
  const hint = (text: string, hours: number) =>
    hoursProblem(hours) === null ? `${text} ${w.equals(durationText(hours, w, t))}` : text;
  const field = (path: RetentionField, label: string, text: string, hours: number) => (
    <HoursField
      key={`${path}-${t.lang}`}
      path={path}
      label={label}
      hint={hint(text, hours)}
      value={hours}
      onValue={(v) => settings.edit((d) => ({ ...d, [path]: v }))}
    />
  );
  return (
    <>
      <h1 tabIndex={-1}>{w.title}</h1>
      <p class="intro">{w.intro}</p>
      <SettingsForm id="retention" settings={{ ...settings, errors }}>
        {(d) => (
          <>
            {field('unprintedJobsLifespanHours', w.unprinted, w.unprintedHint, d.unprintedJobsLifespanHours)}
            {field('printAndKeepLifespanHours', w.kept, w.keptHint, d.printAndKeepLifespanHours)}
            <p class="hint">{w.sweep}</p>
          </>
        )}
      </SettingsForm>
      <p class="muted">{w.history}</p>
    </>
  );
}
